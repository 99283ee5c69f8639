"""Payment disputes: liability under the Payment Act § 100, with reasons and letters."""
