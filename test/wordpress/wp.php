<?php
/**
 * The WordPress tests' hands inside a site: `php wp.php <site folder> '<json command>'` loads that
 * WordPress and does one thing, printing a JSON answer on its last line. Commands:
 * install, activate, deactivate, uninstall, option, theme, upload, post.
 */
error_reporting( E_ALL );
$dir = rtrim( $argv[1], '/' );
$cmd = json_decode( $argv[2], true );
$url = parse_url( $cmd['url'] ?? 'http://127.0.0.1/' );

$_SERVER['HTTP_HOST']   = $url['host'] . ( isset( $url['port'] ) ? ':' . $url['port'] : '' );
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['REQUEST_URI'] = ( $url['path'] ?? '' ) . '/';
$_SERVER['SERVER_PORT'] = $url['port'] ?? 80;
$_SERVER['REQUEST_METHOD'] = 'GET';

if ( 'install' === $cmd['do'] ) {
	define( 'WP_INSTALLING', true );
}
require $dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/theme.php';

function answer( $value ) {
	echo "\n" . json_encode( $value ) . "\n";
	exit( 0 );
}

function as_user( $login ) {
	$user = get_user_by( 'login', $login );
	if ( ! $user ) {
		answer( array( 'error' => "no user $login" ) );
	}
	wp_set_current_user( $user->ID );
	return $user;
}

switch ( $cmd['do'] ) {
	case 'install':
		ob_start();
		$result = wp_install( 'Council intranet', 'admin', 'admin@example.org', false, '', 'password' );
		ob_end_clean();
		update_option( 'permalink_structure', '/%postname%/' );
		foreach ( array( 'editor', 'author', 'contributor', 'subscriber' ) as $role ) {
			wp_insert_user(
				array(
					'user_login' => $role,
					'user_pass'  => 'password',
					'user_email' => "$role@example.org",
					'role'       => $role,
				)
			);
		}
		// No welcome guide in the block editor for anyone.
		foreach ( get_users() as $user ) {
			update_user_meta( $user->ID, 'show_welcome_panel', 0 );
			update_user_meta( $user->ID, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		}
		if ( ! empty( $cmd['theme'] ) ) {
			switch_theme( $cmd['theme'] );
		}
		flush_rewrite_rules();
		answer( array( 'ok' => true, 'version' => get_bloginfo( 'version' ), 'php' => PHP_VERSION ) );

	case 'activate':
		wp_set_current_user( 1 );
		ob_start();
		$result = activate_plugin( $cmd['plugin'] );
		$output = ob_get_clean();
		answer( array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : null, 'output' => $output, 'active' => get_option( 'active_plugins' ) ) );

	case 'deactivate':
		wp_set_current_user( 1 );
		deactivate_plugins( $cmd['plugin'] );
		answer( array( 'active' => get_option( 'active_plugins' ) ) );

	case 'uninstall':
		wp_set_current_user( 1 );
		deactivate_plugins( $cmd['plugin'] );
		ob_start();
		uninstall_plugin( $cmd['plugin'] );
		$output = ob_get_clean();
		answer( array( 'output' => $output, 'option' => get_option( $cmd['option'], null ) ) );

	case 'option':
		if ( array_key_exists( 'value', $cmd ) ) {
			if ( null === $cmd['value'] ) {
				delete_option( $cmd['name'] );
			} else {
				update_option( $cmd['name'], $cmd['value'] );
			}
		}
		answer( array( 'value' => get_option( $cmd['name'], null ) ) );

	case 'theme':
		switch_theme( $cmd['theme'] );
		answer( array( 'theme' => get_stylesheet(), 'block' => function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) );

	case 'upload':
		as_user( $cmd['user'] );
		$tmp = wp_tempnam( basename( $cmd['file'] ) );
		copy( $cmd['file'], $tmp );
		$id = media_handle_sideload( array( 'name' => basename( $cmd['file'] ), 'tmp_name' => $tmp ), 0 );
		if ( is_wp_error( $id ) ) {
			@unlink( $tmp );
			answer( array( 'error' => $id->get_error_message() ) );
		}
		answer( array( 'id' => $id, 'url' => wp_get_attachment_url( $id ), 'mime' => get_post_mime_type( $id ) ) );

	case 'post':
		as_user( $cmd['user'] );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => $cmd['type'] ?? 'page',
					'post_status'  => 'publish',
					'post_title'   => $cmd['title'],
					'post_content' => $cmd['content'],
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			answer( array( 'error' => $id->get_error_message() ) );
		}
		answer( array( 'id' => $id, 'url' => get_permalink( $id ), 'content' => get_post_field( 'post_content', $id, 'raw' ), 'status' => get_post_status( $id ) ) );
}
answer( array( 'error' => 'unknown command ' . $cmd['do'] ) );
