<?php
/**
 * Deleting the plugin removes its settings (on every site of a network). Data files uploaded through
 * Media stay in the Media library: they belong to the site, not to the plugin.
 *
 * @package SharedServicesWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// Another copy of the plugin still active on this site keeps using the settings: leave them.
foreach ( (array) get_option( 'active_plugins', array() ) as $shared_services_widgets_plugin ) {
	if ( 'shared-services-widgets.php' === basename( (string) $shared_services_widgets_plugin ) && WP_UNINSTALL_PLUGIN !== $shared_services_widgets_plugin ) {
		return;
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $shared_services_widgets_site ) {
		switch_to_blog( $shared_services_widgets_site );
		delete_option( 'shared_services_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'shared_services_widgets' );
}
