package org.pvcoder.meddra.load;

import org.pvcoder.meddra.ascii.Rows;

import java.util.Collection;

/** The parent-child links and PT paths to store, whichever files they were taken from; no duplicates. */
public record Hierarchy(Collection<Link> socHlgt, Collection<Link> hlgtHlt, Collection<Link> hltPt,
                        Collection<Path> paths) {

    public record Link(int parent, int child) {
    }

    public record Path(int pt, int hlt, int hlgt, int soc, boolean primary) {

        static Path of(Rows.Path row) {
            return new Path(row.pt(), row.hlt(), row.hlgt(), row.soc(), row.primary());
        }
    }
}
