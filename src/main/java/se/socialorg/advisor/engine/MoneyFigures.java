package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.Alternative;

/**
 * Cost, central headcount and value of one model after a whole number of months, under one
 * projection case; money in the scenario's currency.
 *
 * @param model the organisational model
 * @param projectionCase conservative or built on vendors' figures
 * @param months whole months from the start
 * @param headcount central communicators, full-time equivalents
 * @param cost cumulative programme cost
 * @param value cumulative earned media value plus attributed pipeline
 * @param roi (value - cost) / cost
 */
public record MoneyFigures(
    Alternative model,
    ProjectionCase projectionCase,
    int months,
    double headcount,
    double cost,
    double value,
    double roi) {}
