"""Who may do what: the four roles, the actions they are allowed, and the desk rule."""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["ALLOWED", "Account", "Action", "Role"]


class Role(enum.StrEnum):
    OPERATOR = "operator"  # intake desk: creates dossiers and uploads, at their own desk
    OFFICER = "officer"  # back office: searches and reads everything, corrects document types
    AUDITOR = "auditor"  # read-only: sees every dossier, its history and its integrity
    ADMIN = "admin"  # manages accounts and API tokens; reads no dossier


class Action(enum.StrEnum):
    CREATE_DOSSIER = "create_dossier"
    UPLOAD = "upload"
    READ_DOSSIER = "read_dossier"  # status, pages, documents, originals
    REQUEUE = "requeue"
    SEARCH = "search"  # full-text search and lookup by citizen ID
    CORRECT_TYPE = "correct_type"
    READ_HISTORY = "read_history"
    CHECK_INTEGRITY = "check_integrity"
    READ_ACCESS_LOG = "read_access_log"
    MANAGE_ACCOUNTS = "manage_accounts"
    DECIDE_PAPER = "decide_paper"  # approve or reject a digitised paper, hand a result over
    MANAGE_PROCEDURES = "manage_procedures"  # publish a new version of a procedure
    READ_FIGURES = "read_figures"  # `hoso report`, the dashboard


ALLOWED: dict[Role, frozenset[Action]] = {
    Role.OPERATOR: frozenset({Action.CREATE_DOSSIER, Action.UPLOAD, Action.READ_DOSSIER,
                              Action.REQUEUE}),
    Role.OFFICER: frozenset({Action.READ_DOSSIER, Action.REQUEUE, Action.SEARCH,
                             Action.CORRECT_TYPE, Action.READ_HISTORY, Action.DECIDE_PAPER,
                             Action.READ_FIGURES}),
    Role.AUDITOR: frozenset({Action.READ_DOSSIER, Action.SEARCH, Action.READ_HISTORY,
                             Action.CHECK_INTEGRITY, Action.READ_ACCESS_LOG,
                            Action.READ_FIGURES}),
    Role.ADMIN: frozenset({Action.MANAGE_ACCOUNTS, Action.READ_ACCESS_LOG,
                           Action.MANAGE_PROCEDURES, Action.READ_FIGURES}),
}


@dataclass(frozen=True)
class Account:
    """A signed-in user (by password, web session or API token).

    desk: the intake desk an operator works at; their dossier actions are limited to it.
    """

    username: str
    role: Role
    desk: str = ""
    display_name: str = ""

    def can(self, action: Action) -> bool:
        return action in ALLOWED[self.role]

    def works_at(self, desk: str) -> bool:
        """Whether this account may act on a dossier of `desk` (only operators are bound)."""
        return self.role is not Role.OPERATOR or desk == self.desk

    @property
    def name(self) -> str:
        return self.display_name or self.username
