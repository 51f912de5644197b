<?php
/**
 * Router for PHP's built-in server in the WordPress tests: files are served as they are (PHP files
 * run), anything else goes to the WordPress of the site's folder (pretty permalinks, /wp-json/).
 * WP_TEST_BASE is the site's folder ('' or '/intranet').
 */
$root = $_SERVER['DOCUMENT_ROOT'];
$base = (string) getenv( 'WP_TEST_BASE' );
$path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( false !== strpos( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}
$file = $root . $path;
if ( is_file( $file ) ) {
	return false;
}
if ( is_dir( $file ) && is_file( rtrim( $file, '/' ) . '/index.php' ) ) {
	if ( '/' !== substr( $path, -1 ) ) {
		header( 'Location: ' . $path . '/', true, 301 );
		return true;
	}
	return false;
}
$_SERVER['SCRIPT_NAME']     = $base . '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . $base . '/index.php';
$_SERVER['PHP_SELF']        = $base . '/index.php';
chdir( $root . $base );
require $root . $base . '/index.php';
