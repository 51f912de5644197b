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

/**
 * Removes one site's settings. The checklist's shared answers and their history (the decision log)
 * are kept unless an administrator ticked "Delete the answers and their history" in the settings.
 */
$shared_services_widgets_remove = static function () {
	global $wpdb;
	$settings = (array) get_option( 'shared_services_widgets', array() );
	if ( ! empty( $settings['store_delete'] ) ) {
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery.SchemaChange -- the plugin's own tables.
		$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}ssw_answers, {$wpdb->prefix}ssw_answer_history" );
		delete_option( 'shared_services_widgets_db' );
	}
	delete_option( 'shared_services_widgets' );
};

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $shared_services_widgets_site ) {
		switch_to_blog( $shared_services_widgets_site );
		$shared_services_widgets_remove();
		restore_current_blog();
	}
} else {
	$shared_services_widgets_remove();
}
