package org.crampguide.guide;

/** The panels of the detail area, with the node id each one carries. */
public enum PanelKind {
    FIRST_AID("panel-first-aid", "panel.firstAid"),
    CAUSES("panel-causes", "panel.causes"),
    SYMPTOMS("panel-symptoms", "panel.symptoms"),
    PREVENTION("panel-prevention", "panel.prevention"),
    NUTRITION("panel-nutrition", "panel.nutrition"),
    AT_RISK("panel-at-risk", "panel.atRisk"),
    SEE_A_DOCTOR("panel-see-a-doctor", "panel.seeADoctor"),
    MYTHS("panel-myths", "panel.myths"),
    SOURCES("panel-sources", "panel.sources"),
    /** All the general first-aid steps, for those who want more than the stretch. */
    FIRST_STEPS("panel-first-steps", "panel.firstSteps"),
    /** The muscle's medical names and what it does. */
    ABOUT("panel-about", "panel.about");

    private final String nodeId;
    private final String titleKey;

    PanelKind(String nodeId, String titleKey) {
        this.nodeId = nodeId;
        this.titleKey = titleKey;
    }

    public String nodeId() {
        return nodeId;
    }

    /** The panel's name in the usage counts: its node id without "panel-" ("causes", "see-a-doctor"). */
    public String countedAs() {
        return nodeId.substring("panel-".length());
    }

    /** The key of the panel's title in the UI's message bundle. */
    public String titleKey() {
        return titleKey;
    }
}
