package dev.eventcontracts.engine;

import dev.eventcontracts.approvals.ApprovalStatus;
import dev.eventcontracts.report.ApprovalsFormat;

/** Which teams the change needs and which of them approved, ready to print. */
public record ApprovalsResult(ApprovalStatus status) {

  public boolean approved() {
    return status.approved();
  }

  public String render(ApprovalsFormat format) {
    return format.render(status);
  }
}
