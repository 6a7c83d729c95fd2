"""`python -m toolgen`: the same command line as the `toolgen` script."""

from toolgen.cli.app import main

main()
