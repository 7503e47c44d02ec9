package org.pvcoder.icd10;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small distributions written in the official layouts, for loader tests. */
public final class Icd10Fixtures {

    private Icd10Fixtures() {
    }

    /** One order-file line: order 1–5, code 7–13, billable 15, short description 17–76, long description from 78. */
    public static String orderLine(int order, String key, boolean billable, String title) {
        String shortTitle = title.length() > 60 ? title.substring(0, 60) : title;
        return String.format("%05d %-7s %s %-60s %s", order, key, billable ? "1" : "0", shortTitle, title);
    }

    /** A 12-code ICD-10-CM order file: 3 categories from 3 chapters, 2 headings, 7 billable codes. */
    public static final List<String[]> ORDER_CODES = List.of(
            new String[] {"E11", "0", "Type 2 diabetes mellitus"},
            new String[] {"E116", "0", "Type 2 diabetes mellitus with other specified complications"},
            new String[] {"E1165", "1", "Type 2 diabetes mellitus with hyperglycemia"},
            new String[] {"E1169", "1", "Type 2 diabetes mellitus with other specified complication"},
            new String[] {"E118", "1", "Type 2 diabetes mellitus with unspecified complications"},
            new String[] {"E119", "1", "Type 2 diabetes mellitus without complications"},
            new String[] {"I10", "1", "Essential (primary) hypertension"},
            new String[] {"J45", "0", "Asthma"},
            new String[] {"J459", "0", "Other and unspecified asthma"},
            new String[] {"J4590", "0", "Unspecified asthma"},
            new String[] {"J45901", "1", "Unspecified asthma with (acute) exacerbation"},
            new String[] {"J45909", "1", "Unspecified asthma, uncomplicated"});

    public static Path orderFile(Path dir, String version) throws IOException {
        List<String> lines = new ArrayList<>();
        int order = 1;
        for (String[] code : ORDER_CODES) {
            lines.add(orderLine(order++, code[0], code[1].equals("1"), code[2]));
        }
        return write(dir.resolve("icd10cm_order_" + version + ".txt"), lines);
    }

    public static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Replaces line {@code number} (1-based). */
    public static void setLine(Path file, int number, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(number - 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The tabular XML for the order file's codes: two chapters shown, with sections, notes and a 7th-character definition. */
    public static String tabularXml(String version) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <ICD10CM.tabular>
                  <version>%s</version>
                  <introduction><introSection type="title"><title>ICD-10-CM TABULAR LIST</title></introSection></introduction>
                  <chapter>
                    <name>4</name>
                    <desc>Endocrine, nutritional and metabolic diseases (E00-E89)</desc>
                    <sectionIndex><sectionRef first="E08" last="E13" id="E08-E13">Diabetes mellitus</sectionRef></sectionIndex>
                    <section id="E08-E13">
                      <desc>Diabetes mellitus (E08-E13)</desc>
                      <diag>
                        <name>E11</name>
                        <desc>Type 2 diabetes mellitus</desc>
                        <inclusionTerm><note>diabetes (mellitus) due to insulin secretory defect</note><note>insulin resistant diabetes (mellitus)</note></inclusionTerm>
                        <useAdditionalCode><note>code to identify control using: insulin (Z79.4)</note></useAdditionalCode>
                        <excludes1><note>type 1 diabetes mellitus (E10.-)</note></excludes1>
                        <diag>
                          <name>E11.6</name>
                          <desc>Type 2 diabetes mellitus with other specified complications</desc>
                          <diag><name>E11.65</name><desc>Type 2 diabetes mellitus with hyperglycemia</desc></diag>
                          <diag><name>E11.69</name><desc>Type 2 diabetes mellitus with other specified complication</desc>
                            <useAdditionalCode><note>code to identify complication</note></useAdditionalCode></diag>
                        </diag>
                        <diag><name>E11.8</name><desc>Type 2 diabetes mellitus with unspecified complications</desc></diag>
                        <diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
                      </diag>
                    </section>
                  </chapter>
                  <chapter>
                    <name>9</name>
                    <desc>Diseases of the circulatory system (I00-I99)</desc>
                    <section id="I10-I1A">
                      <desc>Hypertensive diseases (I10-I1A)</desc>
                      <diag>
                        <name>I10</name>
                        <desc>Essential (primary) hypertension</desc>
                        <inclusionTerm><note>high blood pressure</note><note>hypertension (arterial) (benign) (essential) (malignant) (primary) (systemic)</note></inclusionTerm>
                        <excludes2><note>essential (primary) hypertension involving vessels of brain (I60-I69)</note></excludes2>
                      </diag>
                    </section>
                  </chapter>
                  <chapter>
                    <name>19</name>
                    <desc>Injury, poisoning and certain other consequences of external causes (S00-T88)</desc>
                    <section id="S00-S09">
                      <desc>Injuries to the head (S00-S09)</desc>
                      <diag>
                        <name>S00</name>
                        <desc>Superficial injury of head</desc>
                        <sevenChrNote><note>The appropriate 7th character is to be added to each code from category S00.</note></sevenChrNote>
                        <sevenChrDef><extension char="A">initial encounter</extension><extension char="D">subsequent encounter</extension></sevenChrDef>
                      </diag>
                    </section>
                  </chapter>
                </ICD10CM.tabular>
                """.formatted(version);
    }

    /** The alphabetic index: entries leading to E11.9, E11.65, I10 (with a nonessential modifier), a see-reference, and a code not in the release. */
    public static String indexXml(String version) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <ICD10CM.index>
                  <version>%s</version>
                  <title>ICD-10-CM INDEX TO DISEASES and INJURIES</title>
                  <letter>
                    <title>D</title>
                    <mainTerm>
                      <title>Diabetes, diabetic <nemod>(mellitus) (sugar)</nemod></title>
                      <code>E11.9</code>
                      <term level="1">
                        <title>type 2</title>
                        <code>E11.9</code>
                        <term level="2"><title>with hyperglycemia</title><code>E11.65</code></term>
                      </term>
                      <term level="1"><title>type 1</title><code>E10.9</code></term>
                    </mainTerm>
                    <mainTerm><title>Dyspnea</title><code>R06.00</code></mainTerm>
                  </letter>
                  <letter>
                    <title>H</title>
                    <mainTerm>
                      <title>Hypertension, hypertensive <nemod>(accelerated) (benign)</nemod></title>
                      <code>I10</code>
                    </mainTerm>
                    <mainTerm><title>Hyperglycemia</title><see>Diabetes</see></mainTerm>
                  </letter>
                  <letter>
                    <title>T</title>
                    <mainTerm><title>T2DM</title><code>E11.-</code></mainTerm>
                  </letter>
                </ICD10CM.index>
                """.formatted(version);
    }

    /**
     * A WHO ClaML file as WHO ships it (DOCTYPE naming ClaML.dtd): 2 chapters, 3 blocks (one inside another),
     * categories E10 (modified by a 4th-character modifier: .0, .1, .8, .9), E11 (same modifier, ".8" left out through
     * ValidModifierClass), and A00 with explicit subcategories A00.0, A00.1, A00.9.
     */
    public static String claml(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE ClaML SYSTEM "ClaML.dtd">
                <ClaML version="2.0.0">
                  <Meta name="lang" value="en"/>
                  <Identifier authority="WHO" uid="icd10-who"/>
                  <Title name="ICD-10" version="%s">International Statistical Classification of Diseases and Related Health Problems 10th Revision</Title>
                  <ClassKinds><ClassKind name="chapter"/><ClassKind name="block"/><ClassKind name="category"/></ClassKinds>
                  <RubricKinds><RubricKind name="preferred"/><RubricKind name="inclusion"/><RubricKind name="exclusion"/></RubricKinds>
                  <Modifier code="S04E10_4">
                    <SubClass code=".0"/><SubClass code=".1"/><SubClass code=".8"/><SubClass code=".9"/>
                    <Rubric kind="text"><Label xml:lang="en">The following fourth-character subdivisions are for use with categories E10-E14</Label></Rubric>
                  </Modifier>
                  <ModifierClass modifier="S04E10_4" code=".0"><SuperClass code="S04E10_4"/>
                    <Rubric kind="preferred"><Label xml:lang="en">With coma</Label></Rubric>
                    <Rubric kind="inclusion"><Label xml:lang="en">Diabetic coma with or without ketoacidosis</Label></Rubric>
                  </ModifierClass>
                  <ModifierClass modifier="S04E10_4" code=".1"><SuperClass code="S04E10_4"/>
                    <Rubric kind="preferred"><Label xml:lang="en">With ketoacidosis</Label></Rubric></ModifierClass>
                  <ModifierClass modifier="S04E10_4" code=".8"><SuperClass code="S04E10_4"/>
                    <Rubric kind="preferred"><Label xml:lang="en">With unspecified complications</Label></Rubric></ModifierClass>
                  <ModifierClass modifier="S04E10_4" code=".9"><SuperClass code="S04E10_4"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Without complications</Label></Rubric></ModifierClass>
                  <Class code="I" kind="chapter">
                    <SubClass code="A00-B99"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Certain infectious and parasitic diseases</Label></Rubric>
                  </Class>
                  <Class code="A00-B99" kind="block"><SuperClass code="I"/><SubClass code="A00-A09"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Infectious diseases</Label></Rubric></Class>
                  <Class code="A00-A09" kind="block"><SuperClass code="A00-B99"/><SubClass code="A00"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Intestinal infectious diseases</Label></Rubric></Class>
                  <Class code="A00" kind="category"><SuperClass code="A00-A09"/>
                    <SubClass code="A00.0"/><SubClass code="A00.1"/><SubClass code="A00.9"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Cholera</Label></Rubric></Class>
                  <Class code="A00.0" kind="category"><SuperClass code="A00"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Cholera due to Vibrio cholerae 01, biovar cholerae</Label></Rubric>
                    <Rubric kind="inclusion"><Label xml:lang="en">Classical cholera</Label></Rubric></Class>
                  <Class code="A00.1" kind="category"><SuperClass code="A00"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Cholera due to Vibrio cholerae 01, biovar eltor</Label></Rubric></Class>
                  <Class code="A00.9" kind="category"><SuperClass code="A00"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Cholera, unspecified</Label></Rubric></Class>
                  <Class code="IV" kind="chapter">
                    <SubClass code="E10-E14"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Endocrine, nutritional and metabolic diseases</Label></Rubric>
                  </Class>
                  <Class code="E10-E14" kind="block"><SuperClass code="IV"/><SubClass code="E10"/><SubClass code="E11"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Diabetes mellitus</Label></Rubric></Class>
                  <Class code="E10" kind="category"><SuperClass code="E10-E14"/>
                    <ModifiedBy code="S04E10_4" all="true"/>
                    <Rubric kind="preferred"><Label xml:lang="en">Type 1 diabetes mellitus</Label></Rubric>
                    <Rubric kind="inclusion"><Label xml:lang="en">Insulin-dependent diabetes (mellitus)</Label></Rubric>
                    <Rubric kind="exclusion"><Label xml:lang="en">diabetes mellitus in pregnancy (<Reference>O24.-</Reference>)</Label></Rubric>
                  </Class>
                  <Class code="E11" kind="category"><SuperClass code="E10-E14"/>
                    <ModifiedBy code="S04E10_4" all="false">
                      <ValidModifierClass code=".0"/><ValidModifierClass code=".1"/><ValidModifierClass code=".9"/>
                    </ModifiedBy>
                    <Rubric kind="preferred"><Label xml:lang="en">Type 2 diabetes mellitus</Label></Rubric>
                  </Class>
                </ClaML>
                """.formatted(version);
    }
}
