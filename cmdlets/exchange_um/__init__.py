"""The Exchange organization: UM dial plans, mailbox policies, UM mailboxes, PINs, recipients and RBAC."""
