package dev.reviewbot.rules.api;

import dev.reviewbot.api.LineRange;

/**
 * One exported member of a type, as an API reader sees it.
 *
 * @param key identity across versions: kind, name and erased parameter types ({@code method:of(List,int)})
 * @param shape everything a caller depends on (access, static, return and parameter types, throws);
 *     the same key with another shape is a changed signature
 * @param display how a message names it, e.g. {@code method `of(List<String>, int)`}
 * @param anchor the head line to point at (its name), or {@code null} for an implicit member
 * @param counted whether it counts towards the type's size (not constants, components, nested
 *     types or implicit constructors)
 * @param implicit true for the default constructor the compiler adds: not listed as added, but
 *     losing it breaks callers
 */
record ApiMember(String key, String shape, String display, LineRange anchor, boolean counted, boolean implicit) {}
