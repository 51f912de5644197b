<?php
/**
 * Plugin Name:       Shared services widgets
 * Plugin URI:        https://github.com/shared-services-widgets/shared-services-widgets
 * Description:       Savings charts, partnership maps, readiness checklists, partner rosters and key figures for councils' shared services, as blocks and shortcodes.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       shared-services-widgets
 *
 * @package SharedServicesWidgets
 */

// Nothing is declared in this file: PHP declares a file's top-level functions before running it, so
// a second copy of the plugin (two folders, or a copy bundled in a theme) would otherwise stop the
// site with "Cannot redeclare". The first copy loaded defines everything; a later copy only says so.
defined( 'ABSPATH' ) || exit;

if ( defined( 'SHARED_SERVICES_WIDGETS_FILE' ) ) {
	$shared_services_widgets_other = __FILE__;
	add_action(
		'admin_notices',
		static function () use ( $shared_services_widgets_other ) {
			if ( ! current_user_can( 'activate_plugins' ) ) {
				return;
			}
			printf(
				'<div class="notice notice-warning"><p>%s</p><p>%s <code>%s</code><br>%s <code>%s</code></p></div>',
				esc_html__( 'Shared services widgets is installed twice: one copy is in use and the other does nothing. Deactivate and delete one of them.', 'shared-services-widgets' ),
				esc_html__( 'In use:', 'shared-services-widgets' ),
				esc_html( plugin_basename( SHARED_SERVICES_WIDGETS_FILE ) ),
				esc_html__( 'Doing nothing:', 'shared-services-widgets' ),
				esc_html( plugin_basename( $shared_services_widgets_other ) )
			);
		}
	);
	unset( $shared_services_widgets_other );
	return;
}

define( 'SHARED_SERVICES_WIDGETS_FILE', __FILE__ );
require_once __DIR__ . '/includes/plugin.php';
require_once __DIR__ . '/includes/store.php';
register_activation_hook( __FILE__, 'SharedServicesWidgets\\store_install' );
