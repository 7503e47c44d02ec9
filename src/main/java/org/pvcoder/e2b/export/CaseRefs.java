package org.pvcoder.e2b.export;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.Reaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The UUIDs that tie reactions and drugs together inside one message (G.k.9.i.1, G.k.1). A model id that is
 * already a UUID is used as is, so imported messages keep theirs; other ids get a stable name-based UUID.
 */
public final class CaseRefs {

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<String, String> reactionUuidById = new HashMap<>();
    private final List<String> reactionUuids;
    private final List<String> drugUuids;

    public CaseRefs(CaseReport report) {
        List<Reaction> reactions = report.reactions() == null ? List.of() : report.reactions();
        this.reactionUuids = new java.util.ArrayList<>();
        for (int i = 0; i < reactions.size(); i++) {
            String uuid = uuidFor("reaction", reactions.get(i).id(), i);
            reactionUuids.add(uuid);
            if (reactions.get(i).id() != null) {
                reactionUuidById.put(reactions.get(i).id(), uuid);
            }
        }
        List<Drug> drugs = report.drugs() == null ? List.of() : report.drugs();
        this.drugUuids = new java.util.ArrayList<>();
        for (int k = 0; k < drugs.size(); k++) {
            drugUuids.add(uuidFor("drug", drugs.get(k).id(), k));
        }
    }

    public String reaction(int index) {
        return reactionUuids.get(index);
    }

    /** The UUID of the reaction a drug–reaction cell names, or null when it names none. */
    public String reactionById(String reactionId) {
        return reactionUuidById.get(reactionId);
    }

    public String drug(int index) {
        return drugUuids.get(index);
    }

    private static String uuidFor(String kind, String id, int index) {
        if (id != null && UUID_FORM.matcher(id).matches()) {
            return id.toLowerCase();
        }
        String seed = kind + ":" + (id != null ? id : "#" + index);
        return UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
