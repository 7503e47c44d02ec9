package org.pvcoder.icd10.load;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Icd10Codes;
import org.pvcoder.icd10.files.ClamlContent;
import org.pvcoder.icd10.files.XmlNote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns ClaML modifiers into the codes they stand for. A category {@code ModifiedBy} a modifier gets one code per
 * modifier class at each of its leaves (itself when it has no explicit subcategory): E10 modified by ".0 With coma",
 * ".1 With ketoacidosis"… becomes E10.0 "…, with coma", E10.1 …. Several modifiers apply one after the other (4th,
 * then 5th character); {@code ValidModifierClass} restricts a modifier, {@code ExcludeModifier} on a subcategory
 * exempts it, and a code the file already defines explicitly is kept as written. The result is every code in
 * tabular order, with its billable flag: a code without subcodes.
 */
final class ModifierExpansion {

    private final Map<String, ClamlContent.ClamlClass> byCode;
    private final Map<String, List<ClamlContent.ModifierClass>> modifiers;
    private final Map<String, List<ClamlContent.ClamlClass>> subcategories = new HashMap<>();
    private final Map<String, List<Generated>> generated = new HashMap<>();
    private final Set<String> codes = new HashSet<>();
    private final String file;
    private final LoadProblems problems;

    private ModifierExpansion(ClamlContent content, Map<String, ClamlContent.ClamlClass> byCode, String file,
                              LoadProblems problems) {
        this.byCode = byCode;
        this.modifiers = content.modifiers();
        this.file = file;
        this.problems = problems;
        for (ClamlContent.ClamlClass c : content.classes()) {
            if (c.kind().equals("category")) {
                codes.add(c.code());
                ClamlContent.ClamlClass parent = byCode.get(c.superCode());
                if (parent != null && parent.kind().equals("category")) {
                    subcategories.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(c);
                }
            }
        }
    }

    static List<ClamlReleaseAssembler.ExpandedCode> expand(ClamlContent content, Map<String, ClamlContent.ClamlClass> byCode,
                                                          String file, LoadProblems problems) {
        ModifierExpansion expansion = new ModifierExpansion(content, byCode, file, problems);
        for (ClamlContent.ClamlClass c : content.classes()) {
            if (c.kind().equals("category") && !c.modifiedBy().isEmpty()) {
                expansion.expandLeavesOf(c);
            }
        }
        List<ClamlReleaseAssembler.ExpandedCode> result = new ArrayList<>();
        for (ClamlContent.ClamlClass c : content.classes()) {
            ClamlContent.ClamlClass parent = byCode.get(c.superCode());
            if (c.kind().equals("category") && (parent == null || !parent.kind().equals("category"))) {
                expansion.emit(c, null, result);
            }
        }
        return result;
    }

    private void expandLeavesOf(ClamlContent.ClamlClass modified) {
        for (ClamlContent.ClamlClass leaf : leavesOf(modified)) {
            List<Generated> current = List.of(new Generated(leaf.code(), leaf.title(), leaf.code(), List.of()));
            for (ClamlContent.ModifiedBy by : modified.modifiedBy()) {
                if (!excluded(leaf, modified, by.modifier())) {
                    current = applyModifier(current, by);
                }
            }
        }
    }

    private List<Generated> applyModifier(List<Generated> targets, ClamlContent.ModifiedBy by) {
        List<Generated> next = new ArrayList<>();
        for (Generated target : targets) {
            for (ClamlContent.ModifierClass modifierClass : modifiers.getOrDefault(by.modifier(), List.of())) {
                if (!by.all() && !by.validClasses().contains(modifierClass.code())) {
                    continue;
                }
                String code = target.code() + modifierClass.code();
                if (codes.contains(code)) {
                    continue;
                }
                if (!Icd10Codes.isValidKey(Icd10Codes.key(code))) {
                    problems.add(file + ":" + byCode.get(target.anchor()).line(), "modifier " + by.modifier() + " makes '" + code
                            + "' of " + target.code() + ", which is not an ICD-10 code");
                    continue;
                }
                codes.add(code);
                Generated child = new Generated(code, target.title() + ", " + decapitalize(modifierClass.title()),
                        target.anchor(), modifierClass.notes());
                generated.computeIfAbsent(target.code(), k -> new ArrayList<>()).add(child);
                next.add(child);
            }
        }
        return next;
    }

    private List<ClamlContent.ClamlClass> leavesOf(ClamlContent.ClamlClass c) {
        List<ClamlContent.ClamlClass> subs = subcategories.getOrDefault(c.code(), List.of());
        if (subs.isEmpty()) {
            return List.of(c);
        }
        List<ClamlContent.ClamlClass> leaves = new ArrayList<>();
        subs.forEach(sub -> leaves.addAll(leavesOf(sub)));
        return leaves;
    }

    /** Whether the leaf, or a category between it and the modified one, excludes the modifier. */
    private boolean excluded(ClamlContent.ClamlClass leaf, ClamlContent.ClamlClass modified, String modifier) {
        for (ClamlContent.ClamlClass at = leaf; at != null && at != modified; at = byCode.get(at.superCode())) {
            if (at.excludedModifiers().contains(modifier)) {
                return true;
            }
        }
        return false;
    }

    private void emit(ClamlContent.ClamlClass c, String parent, List<ClamlReleaseAssembler.ExpandedCode> out) {
        List<ClamlContent.ClamlClass> subs = subcategories.getOrDefault(c.code(), List.of());
        List<Generated> made = generated.getOrDefault(c.code(), List.of());
        out.add(new ClamlReleaseAssembler.ExpandedCode(c.code(), c.title(), subs.isEmpty() && made.isEmpty(), parent, c,
                c.notes()));
        subs.forEach(sub -> emit(sub, c.code(), out));
        made.forEach(g -> emitGenerated(g, c.code(), out));
    }

    private void emitGenerated(Generated g, String parent, List<ClamlReleaseAssembler.ExpandedCode> out) {
        List<Generated> made = generated.getOrDefault(g.code(), List.of());
        out.add(new ClamlReleaseAssembler.ExpandedCode(g.code(), g.title(), made.isEmpty(), parent, byCode.get(g.anchor()),
                g.notes()));
        made.forEach(child -> emitGenerated(child, g.code(), out));
    }

    private static String decapitalize(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        }
        return label;
    }

    /** A code made by a modifier; {@code anchor}: the explicit category it was made from. */
    private record Generated(String code, String title, String anchor, List<XmlNote> notes) {
    }
}
