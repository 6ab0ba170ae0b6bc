"""`python -m hoso.api.cli` is `hoso`."""

from hoso.api.cli.main import main

main()
