<?php
/**
 * The WordPress tests' switches for the checklist's store, copied into a test site's mu-plugins:
 * a strict Content Security Policy (no inline script at all) on pages asked for with `?csp=strict`,
 * and a nonce life the test can shorten (option `ssw_test_nonce_life`, seconds), which makes the
 * REST nonce a page holds out of date at once, as a day-old one is.
 */
add_action(
	'send_headers',
	function () {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a test switch.
		if ( isset( $_GET['csp'] ) && 'strict' === $_GET['csp'] ) {
			header( "Content-Security-Policy: script-src 'self'; object-src 'none'; base-uri 'none'" );
		}
	}
);
add_filter(
	'nonce_life',
	function ( $life ) {
		$short = (int) get_option( 'ssw_test_nonce_life', 0 );
		return $short > 0 ? $short : $life;
	}
);
