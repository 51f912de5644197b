<?php
/**
 * Tools → Shared services builder: the library's builder page in the admin, for people who edit posts.
 * They check a workbook, CSV or JSON file (dropped, from an address, or from the Media Library), see
 * every problem at its place, pick a widget and copy its shortcode or block.
 *
 * The page is the library's static builder (dist/builder/, copied into builder/ by
 * scripts/build-wordpress.mjs), shown in a frame: its styles stay out of the admin's and the admin's
 * out of it, and it runs as one script file (no inline script). It sends nothing anywhere: a file
 * is read in the browser; a file from the Media Library is read from its address on this site.
 * Nothing is saved, so there is no form to protect with a nonce; the Media choice is a GET link.
 *
 * @package SharedServicesWidgets
 */

namespace SharedServicesWidgets;

defined( 'ABSPATH' ) || exit;

const BUILDER_PAGE = 'shared-services-builder';

/** Workbooks, besides the data file types, may be chosen from the Media Library. */
const BUILDER_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Who may open the builder: `edit_posts` (Contributors and up), unless a site filters it.
 *
 * @return string
 */
function builder_capability() {
	/**
	 * Filters the capability the builder page needs.
	 *
	 * @param string $capability `edit_posts` by default.
	 */
	return (string) apply_filters( 'shared_services_widgets_builder_capability', 'edit_posts' );
}

/** Whether this copy of the plugin was built with the builder (builder/index.html). */
function builder_built() {
	return is_readable( dirname( SHARED_SERVICES_WIDGETS_FILE ) . '/builder/index.html' );
}

/** Adds Tools → Shared services builder. */
function add_builder_page() {
	$hook = add_management_page(
		__( 'Shared services builder', 'shared-services-widgets' ),
		__( 'Shared services builder', 'shared-services-widgets' ),
		builder_capability(),
		BUILDER_PAGE,
		__NAMESPACE__ . '\builder_page'
	);
	if ( $hook ) {
		add_action(
			'admin_enqueue_scripts',
			static function ( $current ) use ( $hook ) {
				if ( $current === $hook ) {
					wp_enqueue_style( HANDLE . '-builder', plugins_url( 'admin/builder.css', SHARED_SERVICES_WIDGETS_FILE ), array(), version() );
				}
			}
		);
	}
}
add_action( 'admin_menu', __NAMESPACE__ . '\add_builder_page' );

/**
 * Data files and workbooks in the Media Library, newest first, for people who may see it.
 *
 * @return \WP_Post[]
 */
function builder_media() {
	if ( ! current_user_can( 'upload_files' ) ) {
		return array();
	}
	return get_posts(
		array(
			'post_type'      => 'attachment',
			'post_status'    => 'inherit',
			'post_mime_type' => array_merge( array_values( array_unique( UPLOAD_TYPES ) ), array( BUILDER_WORKBOOK ) ),
			'posts_per_page' => 100,
			'orderby'        => 'date',
			'order'          => 'DESC',
		)
	);
}

/** The builder page. */
function builder_page() {
	if ( ! current_user_can( builder_capability() ) ) {
		wp_die( esc_html__( 'You are not allowed to use the builder.', 'shared-services-widgets' ), 403 );
	}
	$media  = builder_media();
	$chosen = 0;
	// Reading which file to show changes nothing, so it has no nonce.
	if ( isset( $_GET['file'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$wanted = absint( wp_unslash( $_GET['file'] ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		foreach ( $media as $attachment ) {
			if ( $attachment->ID === $wanted ) {
				$chosen = $wanted;
			}
		}
	}
	$query = array(
		'host' => 'wordpress',
		'lang' => 'cy' === site_language() ? 'cy' : 'en',
		'ver'  => version(),
	);
	if ( $chosen ) {
		$query['url'] = (string) wp_get_attachment_url( $chosen );
		$query['src'] = (string) $chosen;
	}
	$frame = add_query_arg( array_map( 'rawurlencode', $query ), plugins_url( 'builder/index.html', SHARED_SERVICES_WIDGETS_FILE ) );
	?>
	<div class="wrap shared-services-builder">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Check a spreadsheet or data file, see every problem where it is, choose a widget and copy its shortcode or block into a post or page. Your file is read in this browser: it is not uploaded or sent anywhere.', 'shared-services-widgets' ); ?></p>
		<?php if ( ! builder_built() ) : ?>
			<div class="notice notice-warning inline"><p><?php esc_html_e( 'This copy of the plugin was built without the builder. Build the plugin with npm run build, then npm run build:wordpress.', 'shared-services-widgets' ); ?></p></div>
		<?php else : ?>
			<?php if ( $media ) : ?>
				<form method="get" action="<?php echo esc_url( admin_url( 'tools.php' ) ); ?>" class="shared-services-builder-media">
					<input type="hidden" name="page" value="<?php echo esc_attr( BUILDER_PAGE ); ?>">
					<label for="shared-services-builder-file"><?php esc_html_e( 'A file from the Media Library', 'shared-services-widgets' ); ?></label>
					<select id="shared-services-builder-file" name="file">
						<option value=""><?php esc_html_e( 'Choose a file', 'shared-services-widgets' ); ?></option>
						<?php foreach ( $media as $attachment ) : ?>
							<option value="<?php echo esc_attr( (string) $attachment->ID ); ?>" <?php selected( $chosen, $attachment->ID ); ?>>
								<?php
								/* translators: 1: the file's title, 2: its file name, 3: its Media number */
								echo esc_html( sprintf( __( '%1$s (%2$s, number %3$d)', 'shared-services-widgets' ), get_the_title( $attachment ), wp_basename( (string) get_attached_file( $attachment->ID ) ), $attachment->ID ) );
								?>
							</option>
						<?php endforeach; ?>
					</select>
					<button type="submit" class="button"><?php esc_html_e( 'Check this file', 'shared-services-widgets' ); ?></button>
				</form>
			<?php endif; ?>
			<iframe class="shared-services-builder-frame" id="shared-services-builder-frame" title="<?php esc_attr_e( 'Builder', 'shared-services-widgets' ); ?>" src="<?php echo esc_url( $frame ); ?>"></iframe>
			<p><a href="<?php echo esc_url( $frame ); ?>" target="_blank" rel="noopener"><?php esc_html_e( 'Open the builder in a tab of its own', 'shared-services-widgets' ); ?></a></p>
		<?php endif; ?>
	</div>
	<?php
}
