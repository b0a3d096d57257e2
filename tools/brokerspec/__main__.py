import sys

from brokerspec.cli import main

sys.exit(main())
