package org.pvcoder.coding.semantic;

import org.pvcoder.coding.fixture.FixtureTerminologyProfile;

import java.util.Map;

/** The fixture terminology with semantic candidates on (name vectors of its ~30 names computed at start). */
public class SemanticFixtureProfile extends FixtureTerminologyProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("pv.coding.semantic.enabled", "true", "pv.coding.semantic.systems", "meddra",
                "pv.coding.semantic.batch-size", "8");
    }
}
