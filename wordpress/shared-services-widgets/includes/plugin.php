<?php
/**
 * Blocks, shortcodes, loading, uploads and pasted HTML. Loaded once, by the first copy of the plugin.
 *
 * @package SharedServicesWidgets
 */

namespace SharedServicesWidgets;

defined( 'ABSPATH' ) || exit;

const OPTION       = 'shared_services_widgets';
const HANDLE       = 'shared-services-widgets';
const BLOCK_PREFIX = 'shared-services-widgets/';

/** Data files editors may upload through Media: extension => MIME type. */
const UPLOAD_TYPES = array(
	'json'    => 'application/json',
	'hexjson' => 'application/json',
	'csv'     => 'text/csv',
);

/** The largest inline data (from pasted HTML) kept with a widget, in bytes. */
const INLINE_LIMIT = 262144;

/**
 * What the build wrote from the library: the version, the scripts, and each widget with its options.
 *
 * @return array{version: string, module: string, classic: string, widgets: array}
 */
function manifest() {
	static $manifest = null;
	if ( null === $manifest ) {
		$file     = dirname( SHARED_SERVICES_WIDGETS_FILE ) . '/widgets.json';
		$data     = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$manifest = is_array( $data ) && isset( $data['widgets'] ) && is_array( $data['widgets'] )
			? $data
			: array(
				'version' => '0',
				'module'  => '',
				'classic' => '',
				'widgets' => array(),
			);
	}
	return $manifest;
}

/**
 * The widgets by name ("savings-chart"), each with its tag and options.
 *
 * @return array<string, array>
 */
function widgets() {
	static $widgets = null;
	if ( null === $widgets ) {
		$widgets = array();
		foreach ( manifest()['widgets'] as $widget ) {
			// Tag names come from the build, but are checked before they are ever printed.
			if ( isset( $widget['name'], $widget['tag'] ) && preg_match( '/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/', $widget['tag'] ) ) {
				$widgets[ $widget['name'] ] = $widget;
			}
		}
	}
	return $widgets;
}

/** The plugin's version (from the build). */
function version() {
	return (string) manifest()['version'];
}

/**
 * The settings, with their defaults.
 *
 * @return array{theme_font: bool, accent: string, language: string}
 */
function settings() {
	$saved = get_option( OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'theme_font' => isset( $saved['theme_font'] ) ? (bool) $saved['theme_font'] : true,
		'accent'     => isset( $saved['accent'] ) ? (string) sanitize_hex_color( $saved['accent'] ) : '',
		'language'   => isset( $saved['language'] ) && in_array( $saved['language'], array( 'site', 'en-GB', 'cy' ), true ) ? $saved['language'] : 'site',
	);
}

/** The widgets' language for the site's locale: Welsh for `cy`, English otherwise. */
function site_language() {
	return 0 === strpos( (string) determine_locale(), 'cy' ) ? 'cy' : 'en-GB';
}

/** The language every widget gets unless a block or shortcode sets its own. */
function language() {
	$language = settings()['language'];
	return 'site' === $language ? site_language() : $language;
}

/** The address of the plugin's copy of the library's geo/ folder, or '' when the build had none. */
function geo_base() {
	$dir = dirname( SHARED_SERVICES_WIDGETS_FILE ) . '/geo';
	return is_dir( $dir ) ? trailingslashit( plugins_url( 'geo', SHARED_SERVICES_WIDGETS_FILE ) ) : '';
}

/**
 * An address for a data file, as an editor may write it:
 * - a Media attachment's number (`123`);
 * - a full address (`https://…`, `//…`);
 * - a path from the site's root (`/wp-content/uploads/…`), which on a site in a subfolder (`/intranet/`)
 *   is taken from the site's folder unless it already starts with it;
 * - a path inside the uploads folder (`2026/03/savings.csv`).
 *
 * @param string $value What the editor wrote.
 * @return string The address, escaped for an attribute ('' when refused).
 */
function data_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( ctype_digit( $value ) ) {
		$url = wp_get_attachment_url( (int) $value );
		return $url ? esc_url( $url ) : '';
	}
	if ( preg_match( '#^([a-z][a-z0-9+.-]*:|//)#i', $value ) ) {
		return esc_url( $value );
	}
	if ( '/' === $value[0] ) {
		$folder = untrailingslashit( (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH ) );
		if ( '' !== $folder && 0 !== strpos( $value, $folder . '/' ) ) {
			$value = $folder . $value;
		}
		return esc_url( $value );
	}
	$uploads = wp_get_upload_dir();
	return esc_url( trailingslashit( $uploads['baseurl'] ) . ltrim( $value, './' ) );
}

/**
 * The HTML of one widget.
 *
 * @param string $name   The widget ("savings-chart").
 * @param array  $values Its options, by attribute name, as a block or shortcode gives them.
 * @param string $inline JSON data to put inside the element (from pasted HTML), or ''.
 * @return string
 */
function render( $name, array $values, $inline = '' ) {
	$widgets = widgets();
	if ( ! isset( $widgets[ $name ] ) ) {
		return '';
	}
	$widget = $widgets[ $name ];
	/**
	 * Filters a widget's options before they are printed (another part of the site may add one, such
	 * as a store's address for the checklist). Values are checked and escaped after this filter.
	 *
	 * @param array  $values Options by attribute name.
	 * @param string $name   The widget ("readiness-checklist").
	 */
	$values = (array) apply_filters( 'shared_services_widgets_values', $values, $name );
	$html   = '';
	$has    = array();
	foreach ( $widget['options'] as $option ) {
		$key = $option['name'];
		if ( ! array_key_exists( $key, $values ) ) {
			continue;
		}
		$value = $values[ $key ];
		switch ( $option['control'] ) {
			case 'toggle':
				$on = is_bool( $value ) ? $value : in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
				if ( $on ) {
					$html       .= ' ' . $key;
					$has[ $key ] = true;
				}
				continue 2;
			case 'file':
				$escaped = data_url( (string) $value );
				break;
			case 'select':
				$allowed = wp_list_pluck( $option['options'], 'value' );
				$escaped = in_array( (string) $value, $allowed, true ) ? esc_attr( (string) $value ) : '';
				break;
			case 'number':
				$escaped = is_numeric( $value ) ? esc_attr( (string) ( 0 + $value ) ) : '';
				break;
			default:
				$escaped = esc_attr( trim( (string) $value ) );
		}
		if ( '' !== $escaped ) {
			$html       .= sprintf( ' %s="%s"', $key, $escaped );
			$has[ $key ] = true;
		}
	}
	if ( empty( $has['lang'] ) ) {
		$html .= sprintf( ' lang="%s"', esc_attr( language() ) );
	}
	$geo = geo_base();
	if ( '' !== $geo ) {
		$html .= sprintf( ' geo-base="%s"', esc_url( $geo ) );
	}
	$inner = '';
	if ( '' !== $inline ) {
		$data = json_decode( $inline, true );
		if ( null !== $data ) {
			// Re-encoded so that nothing in it can end the script element: it stays data.
			$inner = '<script type="application/json">' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE ) . '</script>';
		}
	}
	enqueue();
	return sprintf( '<%1$s%2$s>%3$s</%1$s>', $widget['tag'], $html, $inner );
}

/** The CSS the settings add to pages with widgets ('' when there is nothing to add). */
function settings_css() {
	$settings = settings();
	$rules    = array();
	if ( ! $settings['theme_font'] ) {
		$rules[] = "--shared-font-family: 'GDS Transport', arial, helvetica, sans-serif;";
	}
	if ( '' !== $settings['accent'] ) {
		$rules[] = '--shared-color-accent: ' . $settings['accent'] . ';';
	}
	return $rules ? 'body { ' . implode( ' ', $rules ) . ' }' : '';
}

/**
 * Loads the widgets once per page: as a script module where WordPress has them (6.5 and later), as a
 * classic deferred script before that. Called by every block and shortcode as it renders, so pages
 * without widgets load nothing.
 */
function enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done     = true;
	$manifest = manifest();
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( HANDLE, plugins_url( $manifest['module'], SHARED_SERVICES_WIDGETS_FILE ), array(), version() );
	} else {
		wp_enqueue_script( HANDLE . '-classic' );
	}
	$css = settings_css();
	if ( '' !== $css ) {
		wp_register_style( HANDLE, false, array(), version() );
		wp_enqueue_style( HANDLE );
		wp_add_inline_style( HANDLE, $css );
	}
}

/** Registers the classic script (used by the editor everywhere, and by pages before WordPress 6.5). */
function register_scripts() {
	$manifest = manifest();
	wp_register_script(
		HANDLE . '-classic',
		plugins_url( $manifest['classic'], SHARED_SERVICES_WIDGETS_FILE ),
		array(),
		version(),
		array(
			'in_footer' => true,
			'strategy'  => 'defer',
		)
	);
}

/** The shortcode for a widget: `shared_savings_chart`. */
function shortcode_name( $name ) {
	return 'shared_' . str_replace( '-', '_', $name );
}

/** Registers a block and a shortcode per widget. */
function register() {
	register_scripts();
	$editor = HANDLE . '-editor';
	wp_register_script(
		$editor,
		plugins_url( 'editor/blocks.js', SHARED_SERVICES_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', HANDLE . '-classic' ),
		version(),
		false
	);
	$config = array(
		'prefix'   => BLOCK_PREFIX,
		'geoBase'  => geo_base(),
		'language' => language(),
		'mime'     => array_values( array_unique( UPLOAD_TYPES ) ),
		'widgets'  => array_values( widgets() ),
	);
	wp_add_inline_script( $editor, 'window.sharedServicesWidgets = ' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );

	foreach ( widgets() as $name => $widget ) {
		$attributes = array();
		foreach ( $widget['options'] as $option ) {
			$attributes[ $option['name'] ] = array( 'type' => 'toggle' === $option['control'] ? 'boolean' : 'string' );
		}
		register_block_type(
			BLOCK_PREFIX . $name,
			array(
				'api_version'     => 2,
				'title'           => $widget['title'],
				'description'     => $widget['description'],
				'category'        => 'widgets',
				'icon'            => 'chart-area',
				'attributes'      => $attributes,
				'supports'        => array( 'html' => false ),
				'editor_script'   => $editor,
				'render_callback' => static function ( $values ) use ( $name ) {
					return render( $name, is_array( $values ) ? $values : array() );
				},
			)
		);
		add_shortcode(
			shortcode_name( $name ),
			static function ( $atts ) use ( $name ) {
				return shortcode( $name, $atts );
			}
		);
	}
	// The hand-made recipe's [shared_widget type="…"], unless a theme or plugin still defines it.
	if ( ! shortcode_exists( 'shared_widget' ) ) {
		add_shortcode(
			'shared_widget',
			static function ( $atts ) {
				$atts = is_array( $atts ) ? $atts : array();
				$type = isset( $atts['type'] ) ? sanitize_key( $atts['type'] ) : '';
				unset( $atts['type'] );
				return shortcode( $type, $atts );
			}
		);
	}
}
add_action( 'init', __NAMESPACE__ . '\register' );

/**
 * Editors that draw the content in an iframe (the site editor; the post editor when every block
 * allows it) get the widgets inside the iframe too: WordPress 6.3 and later copy what is enqueued
 * here into it. Pages on the site are left to enqueue().
 */
function enqueue_editor_assets() {
	if ( ! is_admin() ) {
		return;
	}
	wp_enqueue_script( HANDLE . '-classic' );
	// The settings' font and accent in the editor too, so the preview looks like the page.
	$css = settings_css();
	if ( '' !== $css ) {
		wp_register_style( HANDLE . '-editor', false, array(), version() );
		wp_enqueue_style( HANDLE . '-editor' );
		wp_add_inline_style( HANDLE . '-editor', $css );
	}
}
add_action( 'enqueue_block_assets', __NAMESPACE__ . '\enqueue_editor_assets' );

/**
 * A widget's shortcode. Options it does not know are reported to people who can edit the page, and
 * left out.
 *
 * @param string       $name The widget.
 * @param array|string $atts What the shortcode says.
 * @return string
 */
function shortcode( $name, $atts ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$widgets = widgets();
	if ( ! isset( $widgets[ $name ] ) ) {
		return current_user_can( 'edit_posts' )
			? '<p class="shared-services-widgets-problem"><strong>' . esc_html(
				sprintf(
					/* translators: 1: what the shortcode said, 2: the widgets' names */
					__( 'Shared services widgets: there is no widget called "%1$s". Use one of: %2$s.', 'shared-services-widgets' ),
					$name,
					implode( ', ', array_keys( $widgets ) )
				)
			) . '</strong></p>'
			: '';
	}
	$inline = '';
	if ( isset( $atts['inline'] ) ) {
		$decoded = base64_decode( (string) $atts['inline'], true );
		$inline  = ( false !== $decoded && strlen( $decoded ) <= INLINE_LIMIT ) ? $decoded : '';
		unset( $atts['inline'] );
	}
	$known   = wp_list_pluck( $widgets[ $name ]['options'], 'name' );
	$values  = array();
	$unknown = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word: a boolean option such as `zoom`.
			$key   = strtolower( (string) $value );
			$value = true;
		}
		if ( in_array( $key, $known, true ) ) {
			$values[ $key ] = $value;
		} else {
			$unknown[] = $key;
		}
	}
	$html = render( $name, $values, $inline );
	if ( $unknown && current_user_can( 'edit_posts' ) ) {
		$html = '<p class="shared-services-widgets-problem"><strong>' . esc_html(
			sprintf(
				/* translators: 1: the shortcode, 2: the options it does not know, 3: the options it knows */
				__( '[%1$s]: unknown option %2$s (left out). Options: %3$s. Only people who can edit this page see this message.', 'shared-services-widgets' ),
				shortcode_name( $name ),
				implode( ', ', $unknown ),
				implode( ', ', $known )
			)
		) . '</strong></p>' . $html;
	}
	return $html;
}

/**
 * Media: the data file types, for people who may upload files.
 *
 * @param array              $mimes Extensions (`a|b`) => MIME type.
 * @param int|\WP_User|null  $user  The user uploading, when WordPress says.
 * @return array
 */
function upload_mimes( $mimes, $user = null ) {
	$can = null === $user ? current_user_can( 'upload_files' ) : user_can( $user, 'upload_files' );
	if ( $can && is_array( $mimes ) ) {
		foreach ( UPLOAD_TYPES as $extension => $type ) {
			$mimes[ $extension ] = $type;
		}
	}
	return $mimes;
}
add_filter( 'upload_mimes', __NAMESPACE__ . '\upload_mimes', 10, 2 );

/**
 * WordPress checks an upload's content as well as its name; JSON is read as text/plain or
 * application/json, CSV as text/plain or text/csv. Those are accepted for the data file extensions.
 *
 * @param array  $checked  What WordPress decided: ext, type, proper_filename.
 * @param string $file     The uploaded file's path.
 * @param string $filename Its name.
 * @param array  $mimes    Allowed types.
 * @param string $real     The type found in its content.
 * @return array
 */
function check_filetype( $checked, $file, $filename, $mimes = null, $real = '' ) {
	if ( ! empty( $checked['ext'] ) || ! current_user_can( 'upload_files' ) ) {
		return $checked;
	}
	$extension = strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) );
	if ( isset( UPLOAD_TYPES[ $extension ] ) && in_array( $real, array( 'text/plain', 'application/json', 'text/csv', 'application/csv' ), true ) ) {
		$checked['ext']  = $extension;
		$checked['type'] = UPLOAD_TYPES[ $extension ];
	}
	return $checked;
}
add_filter( 'wp_check_filetype_and_ext', __NAMESPACE__ . '\check_filetype', 10, 5 );

/**
 * Pasted HTML from people without `unfiltered_html` (Authors, Contributors): WordPress would strip the
 * widget's tag and any `<script>`, leaving inline JSON on the page as text. Before that filter runs,
 * a pasted widget becomes its shortcode (its known options kept, its inline JSON kept as data), and
 * any other script or style element is removed whole.
 *
 * @param string $content The post's content, slashed.
 * @return string
 */
function tidy_pasted( $content ) {
	if ( current_user_can( 'unfiltered_html' ) || ! is_string( $content ) || false === stripos( $content, '<' ) ) {
		return $content;
	}
	$html = wp_unslash( $content );
	$tags = array();
	foreach ( widgets() as $name => $widget ) {
		$tags[ $widget['tag'] ] = $name;
	}
	$html = preg_replace_callback(
		'#<(shared-[a-z0-9-]+)(\s[^>]*)?>(.*?)</\1\s*>#is',
		static function ( $m ) use ( $tags ) {
			$tag = strtolower( $m[1] );
			if ( ! isset( $tags[ $tag ] ) ) {
				return '';
			}
			$name  = $tags[ $tag ];
			$atts  = shortcode_parse_atts( isset( $m[2] ) ? $m[2] : '' );
			$atts  = is_array( $atts ) ? $atts : array();
			$known = wp_list_pluck( widgets()[ $name ]['options'], 'name' );
			$out   = '[' . shortcode_name( $name );
			foreach ( $atts as $key => $value ) {
				if ( is_int( $key ) ) {
					$key   = strtolower( (string) $value );
					$value = null;
				}
				if ( ! in_array( $key, $known, true ) ) {
					continue;
				}
				$out .= null === $value ? ' ' . $key : sprintf( ' %s="%s"', $key, str_replace( array( '"', '[', ']' ), '', (string) $value ) );
			}
			if ( preg_match( '#<script\b[^>]*type\s*=\s*["\']?application/json["\']?[^>]*>(.*?)</script\s*>#is', $m[3], $json ) ) {
				$data = json_decode( trim( $json[1] ), true );
				if ( null !== $data ) {
					$encoded = wp_json_encode( $data );
					if ( strlen( $encoded ) <= INLINE_LIMIT ) {
						$out .= ' inline="' . base64_encode( $encoded ) . '"';
					}
				}
			}
			return $out . ']';
		},
		$html
	);
	$html = preg_replace( '#<(script|style)\b[^>]*>.*?</\1\s*>#is', '', (string) $html );
	return wp_slash( (string) $html );
}
add_filter( 'content_save_pre', __NAMESPACE__ . '\tidy_pasted', 9 );

if ( is_admin() ) {
	require_once __DIR__ . '/settings.php';
	require_once __DIR__ . '/builder.php';
}
