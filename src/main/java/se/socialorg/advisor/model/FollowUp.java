package se.socialorg.advisor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decision record and its follow-up: when the decision was taken and by whom, when to review
 * it, the editable action plan with measurable targets, and the actual results imported since.
 * The decision itself ({@link Decision#taken()}) stays in the scenario.
 *
 * @param decidedOn the date of the decision, or null while not recorded
 * @param owner who owns the decision
 * @param reviewDates review dates, in order
 * @param plan the action plan
 * @param targets one measurable monthly target per KPI
 * @param imports imported actual results, in import order; same-kind imports never overlap
 * @param costs actual cost per month, typed in by the manager
 */
public record FollowUp(
    LocalDate decidedOn,
    String owner,
    List<LocalDate> reviewDates,
    List<PlanItem> plan,
    List<KpiTarget> targets,
    List<ActualsImport> imports,
    List<CostEntry> costs) {

  public FollowUp {
    owner = owner == null ? "" : owner;
    reviewDates = reviewDates == null ? List.of() : reviewDates.stream().sorted().toList();
    plan = plan == null ? List.of() : List.copyOf(plan);
    targets = targets == null ? List.of() : List.copyOf(targets);
    imports = imports == null ? List.of() : List.copyOf(imports);
    costs =
        costs == null
            ? List.of()
            : costs.stream().sorted(Comparator.comparing(CostEntry::month)).toList();
  }

  public static FollowUp empty() {
    return new FollowUp(null, "", List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The latest review date on or before {@code today}, if one has passed. */
  public Optional<LocalDate> reviewDue(LocalDate today) {
    LocalDate due = null;
    for (LocalDate d : reviewDates) {
      if (!d.isAfter(today)) {
        due = d;
      }
    }
    return Optional.ofNullable(due);
  }

  /** The first review date after {@code today}, if any. */
  public Optional<LocalDate> nextReview(LocalDate today) {
    return reviewDates.stream().filter(d -> d.isAfter(today)).findFirst();
  }

  public Optional<KpiTarget> target(Kpi kpi) {
    return targets.stream().filter(t -> t.kpi() == kpi).findFirst();
  }

  public FollowUp withRecord(LocalDate newDecidedOn, String newOwner, List<LocalDate> newReviews) {
    return new FollowUp(newDecidedOn, newOwner, newReviews, plan, targets, imports, costs);
  }

  public FollowUp withPlan(List<PlanItem> newPlan) {
    return new FollowUp(decidedOn, owner, reviewDates, newPlan, targets, imports, costs);
  }

  public FollowUp withTargets(List<KpiTarget> newTargets) {
    return new FollowUp(decidedOn, owner, reviewDates, plan, newTargets, imports, costs);
  }

  public FollowUp withImports(List<ActualsImport> newImports) {
    return new FollowUp(decidedOn, owner, reviewDates, plan, targets, newImports, costs);
  }

  public FollowUp withCosts(List<CostEntry> newCosts) {
    return new FollowUp(decidedOn, owner, reviewDates, plan, targets, imports, newCosts);
  }

  /**
   * This record with {@code candidate} added. Overlapping imports of the same kind would count
   * the shared days twice: they are refused with an {@link OverlapException}, or, with {@code
   * replace}, removed first.
   */
  public FollowUp withImport(ActualsImport candidate, boolean replace) {
    List<ActualsImport> overlap = overlapping(candidate);
    if (!overlap.isEmpty() && !replace) {
      throw new OverlapException(overlap);
    }
    List<ActualsImport> kept = new ArrayList<>(imports);
    kept.removeAll(overlap);
    kept.add(candidate);
    return withImports(kept);
  }

  /** Thrown when an import shares days with one already in the record. */
  public static final class OverlapException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient List<ActualsImport> existing;

    public OverlapException(List<ActualsImport> existing) {
      super("overlaps " + existing.size() + " earlier import(s)");
      this.existing = List.copyOf(existing);
    }

    /** The earlier imports it overlaps. */
    public List<ActualsImport> existing() {
      return existing;
    }
  }

  /** The imports that overlap {@code candidate} (same kind, at least one shared day). */
  public List<ActualsImport> overlapping(ActualsImport candidate) {
    List<ActualsImport> out = new ArrayList<>();
    for (ActualsImport i : imports) {
      if (i.overlaps(candidate)) {
        out.add(i);
      }
    }
    return out;
  }
}
