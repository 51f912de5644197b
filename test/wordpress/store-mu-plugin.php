<?php
/**
 * The WordPress tests' switches for the checklist's store, copied into a test site's mu-plugins:
 * a strict Content Security Policy (no inline script at all) on pages asked for with `?csp=strict`,
 * a nonce life the test can shorten (option `ssw_test_nonce_life`, seconds), which makes the
 * REST nonce a page holds out of date at once, as a day-old one is, and the store's routes taken
 * away (option `ssw_test_store_away`: 503 for every request to them, as a server that is down).
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
add_filter(
	'rest_pre_dispatch',
	function ( $result, $server, $request ) {
		if ( get_option( 'ssw_test_store_away' ) && 0 === strpos( $request->get_route(), '/shared-services/v1/answers' ) ) {
			return new WP_Error( 'away', 'The store is away (test).', array( 'status' => 503 ) );
		}
		return $result;
	},
	10,
	3
);
