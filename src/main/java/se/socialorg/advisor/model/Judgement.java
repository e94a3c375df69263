package se.socialorg.advisor.model;

import java.util.Objects;

/**
 * One pairwise comparison: {@code first} is {@code ratio} times as important as {@code second}.
 * A ratio below one means {@code second} matters more. Saaty's scale: 1/9 to 9.
 */
public record Judgement(Goal first, Goal second, double ratio) {
  public Judgement {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
