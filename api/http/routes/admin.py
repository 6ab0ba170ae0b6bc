"""Accounts and API tokens (admin), who am I (anyone signed in), health (no one)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import Caller, requires
from hoso.api.http.present import account_out, token_out, user_out
from hoso.api.http.routes.common import ERRORS
from hoso.api.http.schemas import (
    AccountOut,
    DeskIn,
    ErrorOut,
    TokenIn,
    TokenOut,
    UserIn,
    UserOut,
    UserPatch,
)
from hoso.api.http.state import hoso_of

__all__ = ["public", "router"]

router = APIRouter(tags=["accounts"], responses=ERRORS)
public = APIRouter(tags=["service"])
Admin = Annotated[Account, Depends(requires(Action.MANAGE_ACCOUNTS))]


@public.get("/health")
def health() -> dict[str, str]:
    """The service answers (no sign-in needed)."""
    return {"status": "ok"}


@router.get("/me", response_model=AccountOut)
def me(account: Caller) -> AccountOut:
    """The signed-in account, its role, desk and what it may do."""
    return account_out(account)


@router.get("/users", response_model=list[UserOut])
def users(request: Request, account: Admin) -> list[UserOut]:
    return [user_out(u) for u in hoso_of(request).accounts.users()]


@router.post("/users", status_code=201, response_model=UserOut, responses={
    409: {"model": ErrorOut, "description": "a user with this name exists already"}})
def add_user(body: UserIn, request: Request, account: Admin) -> UserOut:
    """Create a user; an operator needs the desk they work at."""
    accounts = hoso_of(request).accounts
    accounts.add_user(body.username, body.password, body.role, desk=body.desk,
                      display_name=body.display_name, actor=account.username)
    return next(user_out(u) for u in accounts.users() if u.account.username == body.username)


@router.patch("/users/{username}", response_model=UserOut)
def change_user(username: str, body: UserPatch, request: Request, account: Admin) -> UserOut:
    """Disable or enable a user, set their password, or give them a new role or desk. All but
    enabling end the user's web sessions and revoke their API tokens."""
    accounts = hoso_of(request).accounts
    before = accounts.user(username)
    if body.role is not None or body.desk is not None:
        accounts.set_role(username, body.role or before.role,
                          desk=before.desk if body.desk is None else body.desk,
                          actor=account.username)
    if body.display_name is not None:
        accounts.set_display_name(username, body.display_name, actor=account.username)
    if body.password is not None:
        accounts.set_password(username, body.password, actor=account.username)
    if body.active is not None:
        accounts.set_active(username, body.active, actor=account.username)
    return next(user_out(u) for u in accounts.users() if u.account.username == username)


@router.get("/desks", response_model=list[str])
def desks(request: Request, account: Admin) -> list[str]:
    """The intake desks operators can be given."""
    return hoso_of(request).accounts.desks()


@router.post("/desks", status_code=201, response_model=list[str], responses={
    409: {"model": ErrorOut, "description": "a desk with this name exists already"}})
def add_desk(body: DeskIn, request: Request, account: Admin) -> list[str]:
    """Add an intake desk; answers the list with it."""
    accounts = hoso_of(request).accounts
    accounts.add_desk(body.name, actor=account.username)
    return accounts.desks()


@router.get("/tokens", response_model=list[TokenOut])
def tokens(request: Request, account: Admin, username: str | None = None) -> list[TokenOut]:
    return [token_out(t) for t in hoso_of(request).credentials.tokens(username)]


@router.post("/users/{username}/tokens", status_code=201, response_model=TokenOut)
def create_token(username: str, body: TokenIn, request: Request, account: Admin) -> TokenOut:
    """A new API token acting as `username`; its secret is in this answer only."""
    secret, token = hoso_of(request).credentials.create_token(username, body.name,
                                                              actor=account.username)
    return token_out(token, secret)


@router.delete("/tokens/{token_id}", response_model=TokenOut)
def revoke_token(token_id: int, request: Request, account: Admin) -> TokenOut:
    return token_out(hoso_of(request).credentials.revoke_token(token_id,
                                                               actor=account.username))
