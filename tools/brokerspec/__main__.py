import sys

from brokerspec.app.cli import main

sys.exit(main())
