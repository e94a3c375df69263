package se.socialorg.advisor.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One action of the editable action plan.
 *
 * @param action what is to be done, in the manager's words
 * @param owner who is responsible, empty while nobody is
 * @param due the due date, or null while none is set
 * @param status where it stands
 */
public record PlanItem(String action, String owner, LocalDate due, PlanStatus status) {
  public PlanItem {
    action = action == null ? "" : action;
    owner = owner == null ? "" : owner;
    status = status == null ? PlanStatus.NOT_STARTED : status;
  }

  /** True when the due date is before {@code today} and the action is neither done nor dropped. */
  public boolean overdue(LocalDate today) {
    return due != null
        && due.isBefore(today)
        && status != PlanStatus.DONE
        && status != PlanStatus.DROPPED;
  }
}
