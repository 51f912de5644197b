<?php
/**
 * The readiness checklist's answers store (docs/store-protocol.md) as a REST route:
 * `GET  /wp-json/shared-services/v1/answers/{store}`
 * `PUT|POST /wp-json/shared-services/v1/answers/{store}/items/{item}` (with `If-Match`)
 * `GET  /wp-json/shared-services/v1/answers/{store}/items/{item}/history`
 * `GET  /wp-json/shared-services/v1/answers/{store}/history` (every item's, for the board paper).
 * Answers and their history (the decision log) are in two tables of the plugin's own, made on
 * activation. Only users with the chosen capability (`edit_posts` unless an administrator chooses
 * another) may read or write; cookie sign-in needs WordPress's REST nonce, so a cross-site request
 * is treated as signed out. The page holds no nonce (no inline script, so a strict Content Security
 * Policy needs nothing added, and a cached page gives no one another's nonce): the first request's
 * 401 names `admin-ajax.php?action=ssw_store_headers`, which gives the signed-in user's nonce as a
 * header, and the checklist asks it again when WordPress says the nonce has expired. Who and when
 * are the signed-in user and the server's clock, never the request's.
 *
 * @package SharedServicesWidgets
 */

namespace SharedServicesWidgets;

defined( 'ABSPATH' ) || exit;

const STORE_NS       = 'shared-services/v1';
const STORE_DB       = '1';
const STORE_LIMITS   = array(
	'note'     => 4000,
	'owner'    => 200,
	'evidence' => 2000,
);
const STORE_BODY     = 16384;
const STORE_RATE     = 60;
const STORE_STATUSES = array( 'not-started', 'in-progress', 'done', 'not-applicable', 'cannot-start' );
const STORE_ID       = '[A-Za-z0-9._-]{1,100}';

/** The tables' names. */
function store_tables() {
	global $wpdb;
	return array( $wpdb->prefix . 'ssw_answers', $wpdb->prefix . 'ssw_answer_history' );
}

/** Makes (or brings up to date) the two tables. Run on activation, and once if they are missing. */
function store_install() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	list( $answers, $history ) = store_tables();
	$charset                   = $wpdb->get_charset_collate();
	dbDelta(
		"CREATE TABLE $answers (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  store varchar(100) NOT NULL,
  item varchar(100) NOT NULL,
  answer longtext NOT NULL,
  version bigint(20) unsigned NOT NULL,
  changed_by bigint(20) unsigned NOT NULL,
  changed_by_name varchar(250) NOT NULL,
  changed_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY store_item (store,item)
) $charset;"
	);
	dbDelta(
		"CREATE TABLE $history (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  store varchar(100) NOT NULL,
  item varchar(100) NOT NULL,
  from_status varchar(20) NOT NULL,
  to_status varchar(20) NOT NULL,
  answer longtext NOT NULL,
  version bigint(20) unsigned NOT NULL,
  changed_by bigint(20) unsigned NOT NULL,
  changed_by_name varchar(250) NOT NULL,
  changed_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY store_item (store,item)
) $charset;"
	);
	update_option( OPTION . '_db', STORE_DB, false );
}

/** The capability that reads and writes answers (settings: `store_capability`; `edit_posts` by default). */
function store_capability() {
	$settings = (array) get_option( OPTION, array() );
	$cap      = isset( $settings['store_capability'] ) ? sanitize_key( (string) $settings['store_capability'] ) : '';
	return '' !== $cap ? $cap : 'edit_posts';
}

/** Refuses anyone signed out (401: no session, or no REST nonce) or without the capability (403). */
function store_permission() {
	if ( ! is_user_logged_in() ) {
		return new \WP_Error(
			'signed_out',
			__( 'Sign in to see and change these answers.', 'shared-services-widgets' ),
			array(
				'status' => 401,
				'renew'  => admin_url( 'admin-ajax.php?action=ssw_store_headers' ),
			)
		);
	}
	if ( ! current_user_can( store_capability() ) ) {
		return new \WP_Error( 'forbidden', __( 'You are not allowed to see or change these answers. Ask the site’s administrator.', 'shared-services-widgets' ), array( 'status' => 403 ) );
	}
	if ( get_option( OPTION . '_db' ) !== STORE_DB ) {
		store_install();
	}
	return true;
}

/** A row as the protocol's item. */
function store_item( $row ) {
	return array(
		'answer'    => json_decode( $row->answer, true ),
		'version'   => (string) $row->version,
		'changedBy' => $row->changed_by_name,
		'changedAt' => mysql2date( 'Y-m-d\TH:i:s\Z', $row->changed_at, false ),
	);
}

function store_row( $store, $item ) {
	global $wpdb;
	list( $answers ) = store_tables();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the table name is the plugin's own.
	return $wpdb->get_row( $wpdb->prepare( "SELECT * FROM $answers WHERE store = %s AND item = %s", $store, $item ) );
}

/** GET: every answer with its version, and who the server says is signed in. */
function store_get( \WP_REST_Request $request ) {
	global $wpdb;
	list( $answers ) = store_tables();
	$store           = (string) $request['store'];
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $answers WHERE store = %s ORDER BY id", $store ) );
	$items = new \stdClass();
	foreach ( $rows as $row ) {
		$items->{$row->item} = store_item( $row );
	}
	$user = wp_get_current_user();
	return rest_ensure_response(
		array(
			'protocol' => 1,
			'store'    => $store,
			'user'     => array(
				'id'   => (string) $user->ID,
				'name' => $user->display_name,
			),
			'items'    => $items,
		)
	);
}

/**
 * Problems with a PUT body, as schema/readiness-answer.schema.json says (the same checks as the
 * widget's answerProblems, tested against the same fixtures).
 *
 * @param mixed $body The decoded body.
 * @return string[] Empty when good.
 */
function store_problems( $body ) {
	if ( ! is_array( $body ) || ( array() !== $body && array_is_list( $body ) ) ) {
		return array( 'body: expected an object' );
	}
	if ( ! isset( $body['answer'] ) || ! is_array( $body['answer'] ) || ( array() !== $body['answer'] && array_is_list( $body['answer'] ) ) ) {
		return array( 'answer: expected an object' );
	}
	$problems = array();
	$answer   = $body['answer'];
	if ( ! isset( $answer['status'] ) || ! in_array( $answer['status'], STORE_STATUSES, true ) ) {
		$problems[] = 'answer.status: expected one of ' . implode( ', ', STORE_STATUSES );
	}
	foreach ( $answer as $key => $value ) {
		if ( 'status' === $key ) {
			continue;
		}
		if ( ! isset( STORE_LIMITS[ $key ] ) ) {
			$problems[] = "answer.$key: not a field of an answer";
		} elseif ( ! is_string( $value ) ) {
			$problems[] = "answer.$key: expected text";
		} elseif ( mb_strlen( $value, 'UTF-8' ) > STORE_LIMITS[ $key ] ) {
			$problems[] = "answer.$key: more than " . STORE_LIMITS[ $key ] . ' characters';
		} elseif ( preg_match( '/[\x00-\x08\x0B-\x1F\x7F]/', $value ) ) {
			$problems[] = "answer.$key: a control character";
		}
	}
	return $problems;
}

/** PUT or POST: one item's answer, saved only if it is still at the version the change was based on. */
function store_put( \WP_REST_Request $request ) {
	global $wpdb;
	list( $answers, $history ) = store_tables();
	$store                     = (string) $request['store'];
	$item                      = (string) $request['item'];
	$user                      = wp_get_current_user();
	if ( strlen( (string) $request->get_body() ) > STORE_BODY ) {
		return new \WP_Error( 'too_large', 'body: more than ' . STORE_BODY . ' bytes', array( 'status' => 413 ) );
	}
	$body = json_decode( (string) $request->get_body(), true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return new \WP_Error( 'invalid', 'body: not valid JSON', array( 'status' => 400 ) );
	}
	$problems = store_problems( $body );
	if ( $problems ) {
		return new \WP_Error(
			'invalid',
			implode( '; ', $problems ),
			array(
				'status'   => 400,
				'problems' => array_map(
					static function ( $p ) {
						return array( 'message' => $p );
					},
					$problems
				),
			)
		);
	}
	$rate  = 'ssw_rate_' . md5( $store . '|' . $user->ID . '|' . gmdate( 'YmdHi' ) );
	$count = (int) get_transient( $rate );
	if ( $count >= STORE_RATE ) {
		$response = new \WP_REST_Response(
			array(
				'code'    => 'too_many',
				'message' => sprintf( 'more than %d changes a minute', STORE_RATE ),
			),
			429
		);
		$response->header( 'Retry-After', (string) ( 60 - (int) gmdate( 's' ) ) );
		return $response;
	}
	set_transient( $rate, $count + 1, 120 );

	// Only the fields of an answer are kept; anything else in the body (a `changedBy`) is ignored.
	$answer = array( 'status' => $body['answer']['status'] );
	foreach ( array_keys( STORE_LIMITS ) as $field ) {
		if ( isset( $body['answer'][ $field ] ) && '' !== trim( $body['answer'][ $field ] ) ) {
			$answer[ $field ] = $body['answer'][ $field ];
		}
	}
	$if_match = trim( (string) $request->get_header( 'if_match' ), " \t\"W/" );
	if ( '' === $if_match || ! ctype_digit( $if_match ) ) {
		return new \WP_Error( 'if_match', 'If-Match: the version the change was based on is needed', array( 'status' => 428 ) );
	}
	$base = (int) $if_match;
	$now  = current_time( 'mysql', true );
	$json = wp_json_encode( $answer, JSON_UNESCAPED_UNICODE );
	$old  = store_row( $store, $item );
	if ( 0 === $base ) {
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$done = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $answers (store, item, answer, version, changed_by, changed_by_name, changed_at) VALUES (%s, %s, %s, 1, %d, %s, %s)", $store, $item, $json, $user->ID, $user->display_name, $now ) );
	} else {
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$done = $wpdb->query( $wpdb->prepare( "UPDATE $answers SET answer = %s, version = version + 1, changed_by = %d, changed_by_name = %s, changed_at = %s WHERE store = %s AND item = %s AND version = %d", $json, $user->ID, $user->display_name, $now, $store, $item, $base ) );
	}
	if ( ! $done ) {
		$current = store_row( $store, $item );
		return new \WP_REST_Response(
			array(
				'code' => 'changed',
				'item' => $current ? store_item( $current ) : array(
					'answer'  => array( 'status' => 'not-started' ),
					'version' => '0',
				),
			),
			412
		);
	}
	$row  = store_row( $store, $item );
	$from = $old ? (string) ( json_decode( $old->answer, true )['status'] ?? 'not-started' ) : 'not-started';
	$wpdb->insert(
		$history,
		array(
			'store'           => $store,
			'item'            => $item,
			'from_status'     => $from,
			'to_status'       => $answer['status'],
			'answer'          => $json,
			'version'         => (int) $row->version,
			'changed_by'      => $user->ID,
			'changed_by_name' => $user->display_name,
			'changed_at'      => $now,
		)
	);
	return rest_ensure_response( array( 'item' => store_item( $row ) ) );
}

/** GET history: every change to an item, oldest first. */
function store_history( \WP_REST_Request $request ) {
	global $wpdb;
	list( , $history ) = store_tables();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $history WHERE store = %s AND item = %s ORDER BY id", (string) $request['store'], (string) $request['item'] ) );
	return rest_ensure_response(
		array(
			'history' => array_map(
				static function ( $row ) {
					return array(
						'from'      => $row->from_status,
						'to'        => $row->to_status,
						'version'   => (string) $row->version,
						'changedBy' => $row->changed_by_name,
						'changedAt' => mysql2date( 'Y-m-d\TH:i:s\Z', $row->changed_at, false ),
					);
				},
				$rows
			),
		)
	);
}

/** GET every item's history, by item, oldest first (one request for the board paper). */
function store_history_all( \WP_REST_Request $request ) {
	global $wpdb;
	list( , $history ) = store_tables();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $history WHERE store = %s ORDER BY id", (string) $request['store'] ) );
	$all  = new \stdClass();
	foreach ( $rows as $row ) {
		$all->{$row->item}   = isset( $all->{$row->item} ) ? $all->{$row->item} : array();
		$all->{$row->item}[] = array(
			'from'      => $row->from_status,
			'to'        => $row->to_status,
			'version'   => (string) $row->version,
			'changedBy' => $row->changed_by_name,
			'changedAt' => mysql2date( 'Y-m-d\TH:i:s\Z', $row->changed_at, false ),
		);
	}
	return rest_ensure_response( array( 'history' => $all ) );
}

/**
 * admin-ajax.php?action=ssw_store_headers: the signed-in user's REST nonce as the header the store
 * wants, as JSON; 401 for someone signed out. Read by the checklist with the page's cookies, from
 * the site's own address only (another site's page cannot read the answer).
 */
function store_headers() {
	nocache_headers();
	if ( ! is_user_logged_in() ) {
		wp_send_json( array( 'code' => 'signed_out' ), 401 );
	}
	wp_send_json( array( 'X-WP-Nonce' => wp_create_nonce( 'wp_rest' ) ) );
}
add_action( 'wp_ajax_ssw_store_headers', __NAMESPACE__ . '\store_headers' );
add_action( 'wp_ajax_nopriv_ssw_store_headers', __NAMESPACE__ . '\store_headers' );

function store_routes() {
	$base = '/answers/(?P<store>' . STORE_ID . ')';
	register_rest_route(
		STORE_NS,
		$base,
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\store_get',
			'permission_callback' => __NAMESPACE__ . '\store_permission',
		)
	);
	register_rest_route(
		STORE_NS,
		$base . '/items/(?P<item>' . STORE_ID . ')',
		array(
			'methods'             => 'PUT, POST',
			'callback'            => __NAMESPACE__ . '\store_put',
			'permission_callback' => __NAMESPACE__ . '\store_permission',
		)
	);
	register_rest_route(
		STORE_NS,
		$base . '/history',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\store_history_all',
			'permission_callback' => __NAMESPACE__ . '\store_permission',
		)
	);
	register_rest_route(
		STORE_NS,
		$base . '/items/(?P<item>' . STORE_ID . ')/history',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\store_history',
			'permission_callback' => __NAMESPACE__ . '\store_permission',
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\store_routes' );

/**
 * The checklist's `store` option: `wordpress` (or `site`) becomes this site's route, named by the
 * checklist's storage key (or the page), so an editor has no address to type.
 *
 * @param array  $values Options by attribute name.
 * @param string $name   The widget.
 * @return array
 */
function store_values( $values, $name ) {
	if ( 'readiness-checklist' !== $name || ! isset( $values['store'] ) || ! in_array( strtolower( trim( (string) $values['store'] ) ), array( 'wordpress', 'site', 'on', 'true', '1' ), true ) ) {
		return $values;
	}
	$key             = preg_replace( '/[^A-Za-z0-9._-]/', '-', (string) ( $values['storage-key'] ?? '' ) );
	$key             = '' !== $key ? substr( $key, 0, 100 ) : 'page-' . (int) get_the_ID();
	$values['store'] = rest_url( STORE_NS . '/answers/' . $key );
	return $values;
}
add_filter( 'shared_services_widgets_values', __NAMESPACE__ . '\store_values', 10, 2 );
