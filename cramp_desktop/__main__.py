import sys

from cramp_desktop.cli import main

sys.exit(main())
