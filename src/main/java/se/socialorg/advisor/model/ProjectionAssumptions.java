package se.socialorg.advisor.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The projection's own assumptions, beyond {@link se.socialorg.advisor.model.ProjectionParameters}:
 * how each alternative staffs, posts and spends. Product assumptions, documented in {@code
 * docs/decision-model.md}; part of a scenario's inputs, so every one can be overridden per
 * scenario (Resources step, scenario file {@code inputs.assumptions}).
 *
 * @param rampMonths months until enrolled advocates are all active (linear ramp-up)
 * @param minutesPerPost employee time per advocacy post, in minutes
 * @param profiles per alternative: staffing, posting and spending profile
 */
public record ProjectionAssumptions(
    int rampMonths, double minutesPerPost, Map<Alternative, Profile> profiles) {

  /**
   * How one alternative works.
   *
   * @param advocateCoverage share of employees who are both active and willing that the model
   *     enrols as advocates
   * @param centralEffort share of the central posting rate
   *     ({@code projection.centralPostsPerWeek}) the model keeps
   * @param paidShare share of the annual budget spent on paid distribution
   * @param platform whether the model licenses an advocacy platform
   * @param minHires fewest central communicators (full-time equivalents)
   * @param employeesPerHire one central communicator per this many employees
   * @param maxHires most central communicators from head count
   * @param hiresPerUnit extra communicators per business unit or country beyond the first (max 20)
   */
  public record Profile(
      double advocateCoverage,
      double centralEffort,
      double paidShare,
      boolean platform,
      double minHires,
      double employeesPerHire,
      double maxHires,
      double hiresPerUnit) {}

  /** The shortest ramp-up, in months: the programme takes at least its first month. */
  public static final int MIN_RAMP_MONTHS = 1;
  /** The longest ramp-up, in months. */
  public static final int MAX_RAMP_MONTHS = 36;

  public ProjectionAssumptions {
    if (rampMonths < MIN_RAMP_MONTHS) {
      throw new IllegalArgumentException("rampMonths must be at least 1: " + rampMonths);
    }
    Objects.requireNonNull(profiles, "profiles");
    for (Alternative a : Alternative.values()) {
      if (!profiles.containsKey(a)) {
        throw new IllegalArgumentException("profiles: missing " + a);
      }
    }
    profiles = Map.copyOf(profiles);
  }

  /** The defaults documented in docs/decision-model.md. */
  public static ProjectionAssumptions defaults() {
    Map<Alternative, Profile> p = new EnumMap<>(Alternative.class);
    p.put(Alternative.CENTRALISED, new Profile(0.0, 1.0, 0.8, false, 1, 400, 25, 0));
    p.put(Alternative.HUB_AND_SPOKE, new Profile(0.5, 0.7, 0.5, true, 1, 1500, 10, 0));
    p.put(Alternative.DISTRIBUTED_ADVOCACY, new Profile(1.0, 0.3, 0.1, true, 0.5, 1e12, 0.5, 0));
    p.put(Alternative.MULTIPLE_HUB_AND_SPOKE, new Profile(0.7, 0.8, 0.5, true, 1, 1500, 10, 0.5));
    p.put(Alternative.HOLISTIC, new Profile(1.0, 0.5, 0.2, true, 1, 5000, 5, 0));
    return new ProjectionAssumptions(6, 10, p);
  }

  /** Central communicators (FTE) the alternative needs for this organisation. */
  public double hires(Alternative a, int employees, int units) {
    Profile p = profiles.get(a);
    double base = Math.min(p.maxHires(), Math.max(p.minHires(), employees / p.employeesPerHire()));
    return base + p.hiresPerUnit() * Math.min(20, Math.max(0, units - 1));
  }
}
