"""Bundled icons, example networks and datasets; installed as the package `synaptica_assets`.

Code reaches these files through `simulator.assets`, never by building paths itself.
"""
