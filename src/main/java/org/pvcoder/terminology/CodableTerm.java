package org.pvcoder.terminology;

/**
 * One entry of a dictionary that a verbatim can be coded to, with the level it rolls up to.
 * For MedDRA: an LLT ({@code code}, {@code name}, currency) and its PT ({@code groupCode}, {@code groupName}).
 * For ICD-10: a code and its title; {@code current} is false for codes a coder must not pick.
 */
public record CodableTerm(String code, String name, boolean current, String groupCode, String groupName) {
}
