package se.socialorg.advisor.engine;

/**
 * The single pairwise judgement that disagrees most with the priorities derived from the whole
 * matrix, so the UI can point at it and ask the manager to reconsider.
 *
 * @param row row index of the judgement (the element judged first)
 * @param col column index (the element judged second)
 * @param given the ratio the manager gave, m[row][col]
 * @param implied the ratio the derived weights imply, w[row] / w[col]
 * @param deviation |ln(given / implied)|; 0 for a perfectly consistent judgement
 */
public record InconsistentJudgement(
    int row, int col, double given, double implied, double deviation) {}
