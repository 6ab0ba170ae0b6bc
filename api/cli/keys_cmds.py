"""`hoso keys`: the key that signs document PDFs.

`hoso keys init` makes a development CA and signing certificate under HOSO_HOME/keys, so the
embedded default signs out of the box (the pipeline makes them on first use too); an office
configures its own key (HOSO_SIGNING_P12 or a PKCS#11 token) instead. `hoso keys show` says
which key signs and which certificates verification trusts.
"""

from __future__ import annotations

import click

from hoso.errors import Conflict
from hoso.settings import Settings
from hoso.signing.keys import DEFAULT_BODY, init_dev_keys
from hoso.signing.signer import open_signer
from hoso.signing.trust import load_roots

__all__ = ["commands"]


@click.group()
def keys() -> None:
    """The key that signs document PDFs."""


@keys.command("init")
@click.option("--body", default=DEFAULT_BODY, show_default=True,
              help="The converting body named in the certificate and the visible mark.")
@click.pass_obj
def init(settings: Settings, body: str) -> None:
    """Make a development CA and signing certificate under HOSO_HOME/keys."""
    folder = settings.signing.keys_dir
    if not init_dev_keys(folder, body):
        raise Conflict(f"{folder} already holds keys",
                       hint="documents signed with them chain to their CA: move the folder "
                            "away first to make new ones")
    click.echo(f"development CA and signing key written to {folder}")


@keys.command("show")
@click.pass_obj
def show(settings: Settings) -> None:
    """Which key signs, and which certificates signatures must chain to."""
    signer = open_signer(settings.signing)
    try:
        cert = signer.signing_cert
        source = ("PKCS#11 token" if settings.signing.pkcs11 else
                  str(settings.signing.p12_path or settings.signing.keys_dir / "signing.p12"))
        click.echo(f"signs as: {cert.subject.human_friendly} ({source})")
        click.echo(f"  valid {cert.not_valid_before:%Y-%m-%d} to {cert.not_valid_after:%Y-%m-%d}")
        click.echo(f"  mark: {signer.body}")
        click.echo(f"  timestamps: {settings.signing.tsa_url or 'none (PAdES B-B)'}")
        for root in load_roots(settings.signing.trusted):
            click.echo(f"trusts: {root.subject.human_friendly}")
    finally:
        signer.close()


commands: list[click.Command] = [keys]
