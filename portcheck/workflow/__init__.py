"""The workflows the shells call: one compare workflow for every kind of case, and its friends.

Modules, top to bottom:

``parity``
    :func:`assert_parity`, the assertion of tests and of the pytest plugin.
``course``
    ``compare --all``: every case in one Octave session, a summary of outcomes.
``gradient``
    Gradient checks of a case's port (or a user's function) and of the Octave reference.
``pipeline``
    :func:`compare_case`: case -> inputs -> runs -> comparison -> findings -> :class:`CompareResult`.
``reproduce``
    The one line under "Reproduce".

Importing this package imports nothing (``import portcheck`` imports :mod:`.parity`,
which is light): import the module you need.
"""
