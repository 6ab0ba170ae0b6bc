"""`python -m api.cli` is `hoso`."""

from api.cli.main import main

main()
