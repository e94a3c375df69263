package se.socialorg.advisor.engine;

import java.time.YearMonth;

/**
 * One calendar month of a follow-up.
 *
 * @param month the calendar month
 * @param programmeMonth 1 for the month the programme started
 * @param gap true when no file has a row in this month: every figure is then NaN, never 0
 * @param actual the imported figures (cost as typed in)
 * @param projected the projection for the same parts and days as {@code actual}
 * @param cumulativeActual sums from the first month, over months where the figure is known
 * @param cumulativeProjected the projection summed over the same months
 */
public record MonthComparison(
    YearMonth month,
    int programmeMonth,
    boolean gap,
    Figures actual,
    Figures projected,
    Figures cumulativeActual,
    Figures cumulativeProjected) {}
