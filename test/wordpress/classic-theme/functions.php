<?php
add_action(
	'wp_enqueue_scripts',
	static function () {
		wp_enqueue_style( 'classic-test-theme', get_stylesheet_uri(), array(), '1.0' );
	}
);
