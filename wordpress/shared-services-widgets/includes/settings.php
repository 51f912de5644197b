<?php
/**
 * Settings → Shared services widgets: the theme's font, the accent colour, the widgets' language.
 *
 * @package SharedServicesWidgets
 */

namespace SharedServicesWidgets;

defined( 'ABSPATH' ) || exit;

const SETTINGS_PAGE = 'shared-services-widgets';

/**
 * Keeps only what the form may set.
 *
 * @param mixed $input The submitted settings.
 * @return array
 */
function sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	return array(
		'theme_font' => ! empty( $input['theme_font'] ),
		'accent'     => isset( $input['accent'] ) ? (string) sanitize_hex_color( trim( (string) $input['accent'] ) ) : '',
		'language'   => isset( $input['language'] ) && in_array( $input['language'], array( 'site', 'en-GB', 'cy' ), true ) ? $input['language'] : 'site',
		// The checklist's shared answers (includes/store.php): who may read and change them, and whether
		// deleting the plugin deletes them and their history.
		'store_capability' => isset( $input['store_capability'] ) && in_array( $input['store_capability'], STORE_CAPABILITIES, true ) ? $input['store_capability'] : 'edit_posts',
		'store_delete'     => ! empty( $input['store_delete'] ),
	);
}

/** Capabilities an administrator may choose for the checklist's shared answers. */
const STORE_CAPABILITIES = array( 'edit_posts', 'publish_posts', 'edit_others_posts', 'edit_pages', 'manage_options' );

/** Registers the setting and its page. */
function register_settings() {
	register_setting(
		'shared_services_widgets',
		OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_settings',
			'default'           => array(),
		)
	);
}
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );

/** Adds Settings → Shared services widgets, for administrators. */
function add_settings_page() {
	add_options_page(
		__( 'Shared services widgets', 'shared-services-widgets' ),
		__( 'Shared services widgets', 'shared-services-widgets' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\settings_page'
	);
}
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function settings_link( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		$links[] = sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ), esc_html__( 'Settings', 'shared-services-widgets' ) );
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SHARED_SERVICES_WIDGETS_FILE ), __NAMESPACE__ . '\settings_link' );

/** The settings page. */
function settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change these settings.', 'shared-services-widgets' ), 403 );
	}
	$settings = settings();
	$site     = 'cy' === site_language() ? __( 'Welsh (Cymraeg)', 'shared-services-widgets' ) : __( 'English', 'shared-services-widgets' );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p class="shared-services-widgets-version">
			<?php
			/* translators: %s: the version number, such as 0.2.0 */
			echo esc_html( sprintf( __( 'Version %s (the plugin and the widgets library it carries). Give this number when you report a problem.', 'shared-services-widgets' ), version() ) );
			?>
		</p>
		<form method="post" action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>">
			<?php settings_fields( 'shared_services_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Font', 'shared-services-widgets' ); ?></th>
					<td>
						<label>
							<input type="checkbox" name="<?php echo esc_attr( OPTION ); ?>[theme_font]" value="1" <?php checked( $settings['theme_font'] ); ?>>
							<?php esc_html_e( "Use the theme's font", 'shared-services-widgets' ); ?>
						</label>
						<p class="description"><?php esc_html_e( "Widgets take the font of the text around them. Untick to give them the GOV.UK-like font (Arial on most computers) instead.", 'shared-services-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="shared-services-widgets-accent"><?php esc_html_e( 'Accent colour', 'shared-services-widgets' ); ?></label></th>
					<td>
						<input type="text" id="shared-services-widgets-accent" name="<?php echo esc_attr( OPTION ); ?>[accent]" value="<?php echo esc_attr( $settings['accent'] ); ?>" placeholder="#1d70b8" pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?" class="regular-text code">
						<p class="description"><?php esc_html_e( 'A colour such as #00766a for tile borders, bars and highlights; leave empty for the widgets\' blue. Pick one with at least 3:1 contrast against white.', 'shared-services-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="shared-services-widgets-language"><?php esc_html_e( 'Language', 'shared-services-widgets' ); ?></label></th>
					<td>
						<select id="shared-services-widgets-language" name="<?php echo esc_attr( OPTION ); ?>[language]">
							<option value="site" <?php selected( $settings['language'], 'site' ); ?>>
								<?php
								/* translators: %s: English or Welsh */
								echo esc_html( sprintf( __( "The site's language (%s)", 'shared-services-widgets' ), $site ) );
								?>
							</option>
							<option value="en-GB" <?php selected( $settings['language'], 'en-GB' ); ?>><?php esc_html_e( 'English', 'shared-services-widgets' ); ?></option>
							<option value="cy" <?php selected( $settings['language'], 'cy' ); ?>><?php esc_html_e( 'Welsh (Cymraeg)', 'shared-services-widgets' ); ?></option>
						</select>
						<p class="description"><?php esc_html_e( 'The words the widgets use. A block or shortcode can still choose its own language.', 'shared-services-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="shared-services-widgets-store-capability"><?php esc_html_e( 'Shared checklist answers', 'shared-services-widgets' ); ?></label></th>
					<td>
						<?php $store_cap = (string) ( get_option( OPTION, array() )['store_capability'] ?? 'edit_posts' ); ?>
						<select id="shared-services-widgets-store-capability" name="<?php echo esc_attr( OPTION ); ?>[store_capability]">
							<?php foreach ( STORE_CAPABILITIES as $cap ) : ?>
								<option value="<?php echo esc_attr( $cap ); ?>" <?php selected( $store_cap, $cap ); ?>><?php echo esc_html( $cap ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'Who may read and change the answers of readiness checklists with the shared store turned on (their notes can hold staff and HR matters): people with this capability. Editors, Authors and Contributors have edit_posts.', 'shared-services-widgets' ); ?></p>
						<label>
							<input type="checkbox" name="<?php echo esc_attr( OPTION ); ?>[store_delete]" value="1" <?php checked( ! empty( get_option( OPTION, array() )['store_delete'] ) ); ?>>
							<?php esc_html_e( 'Delete the answers and their history (the decision log) when the plugin is deleted', 'shared-services-widgets' ); ?>
						</label>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
