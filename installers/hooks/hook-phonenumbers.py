"""PyInstaller hook for phonenumbers, in place of the community hook that takes all of it.

The program parses, checks and formats numbers: it needs the numbering plans
(``phonenumbers.data``, ``phonenumbers.shortdata``, loaded region by region at run time)
but not the place names, carriers and time zones (23 MB of modules).
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
