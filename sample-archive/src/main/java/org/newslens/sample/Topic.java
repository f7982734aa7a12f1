package org.newslens.sample;

import java.util.List;

/**
 * The vocabulary of one news topic: words a topic model should find together, and the people,
 * groups, projects and institutions the sentence templates talk about.
 *
 * @param name topic code written to the ground truth, e.g. {@code economy}
 * @param terms topic-specific nouns (the words LDA should cluster)
 * @param roles people's roles, with article ("the health secretary")
 * @param groups groups of people, plural ("nurses")
 * @param projects things that are announced, debated and judged ("the waiting-list plan", without
 *     article)
 * @param institutions bodies that publish figures ("Health Standards Authority", without article)
 * @param good topic-specific good outcomes, as clauses ("waiting times had fallen sharply")
 * @param bad topic-specific bad outcomes, as clauses
 * @param headlineNouns short noun phrases for headlines ("hospital funding")
 * @param section the section a site files it under
 */
public record Topic(
    String name,
    List<String> terms,
    List<String> roles,
    List<String> groups,
    List<String> projects,
    List<String> institutions,
    List<String> good,
    List<String> bad,
    List<String> headlineNouns,
    String section) {}
