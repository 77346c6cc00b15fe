"""PDF reports (reportlab platypus); no Qt here. See :mod:`crm_desktop.reports.registry`."""
