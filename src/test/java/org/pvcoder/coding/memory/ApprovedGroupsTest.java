package org.pvcoder.coding.memory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApprovedGroupsTest {

    private static ApprovedGroups approving(String group, int times) {
        ApprovedGroups groups = new ApprovedGroups();
        for (int i = 0; i < times; i++) {
            groups.approved(group, null);
        }
        return groups;
    }

    @Test
    void aGroupNeverApprovedHasNoPrior() {
        assertEquals(0, approving("A", 3).prior("B"));
        assertEquals(0, new ApprovedGroups().prior("A"));
    }

    @Test
    void thePriorGrowsWithApprovalsAndTheMostApprovedGroupHasOne() {
        ApprovedGroups groups = approving("A", 40);
        groups.approved("B", null);
        for (int i = 0; i < 5; i++) {
            groups.approved("C", null);
        }
        assertEquals(1.0, groups.prior("A"), 1e-9);
        assertTrue(groups.prior("C") > groups.prior("B"), groups.prior("C") + " <= " + groups.prior("B"));
        assertTrue(groups.prior("B") > 0);
    }

    @Test
    void aSmallMemoryGivesOnlyPartOfThePrior() {
        assertEquals(Math.log(2) / Math.log(1 + ApprovedGroups.SATURATION), approving("A", 1).prior("A"), 1e-9);
        assertEquals(1.0, approving("A", ApprovedGroups.SATURATION).prior("A"), 1e-9);
    }

    @Test
    void aVerbatimApprovedAgainForTheSameGroupCountsOnceAndOneMovedCountsForItsNewGroup() {
        ApprovedGroups groups = approving("A", 2);
        groups.approved("A", "A");
        assertEquals(approving("A", 2).prior("A"), groups.prior("A"), 1e-9);

        groups.approved("B", "A");
        assertEquals(approving("A", 1).prior("A"), groups.prior("A"), 1e-9);
        assertEquals(approving("B", 1).prior("B"), groups.prior("B"), 1e-9);

        groups.approved("B", "A");
        assertEquals(0, groups.prior("A"));
    }
}
