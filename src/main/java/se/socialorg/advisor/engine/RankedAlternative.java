package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.Alternative;

/**
 * One line of the ranking.
 *
 * @param model the alternative
 * @param score its weighted total in [0, 1]
 */
public record RankedAlternative(Alternative model, double score) {}
