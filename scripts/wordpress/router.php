<?php
/**
 * Router for PHP's built-in server (`php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`).
 *
 * Debian's WordPress keeps its code in /usr/share/wordpress and its wp-content in /var/lib/wordpress/wp-content
 * (Apache gets an `Alias /wp-content …`). This does the same: /wp-content/… is served from WP_CONTENT_DIR
 * (static files with their type, PHP files run); everything else falls through to the server's own handling of
 * the document root (static files, and index.php for directories and the front page).
 */

$content = getenv('TC_WP_CONTENT') ?: '/var/lib/wordpress/wp-content';
$path    = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));

if (strncmp($path, '/wp-content/', 12) !== 0) {
	return false;
}

// realpath() follows Debian's symlinks (themes and bundled plugins point into /usr/share/wordpress/wp-content).
$file    = realpath($content . substr($path, 11));
$allowed = array(realpath($content) . '/', '/usr/share/wordpress/wp-content/');
$inside  = false;
foreach ($allowed as $root) {
	if ($file !== false && strncmp($file, $root, strlen($root)) === 0) {
		$inside = true;
	}
}
if (!$inside || !is_file($file)) {
	http_response_code(404);
	header('Content-Type: text/plain');
	echo "Not found\n";
	return true;
}

$ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
if ($ext === 'php') {
	$_SERVER['SCRIPT_FILENAME'] = $file;
	$_SERVER['SCRIPT_NAME']     = $path;
	$_SERVER['PHP_SELF']        = $path;
	chdir(dirname($file));
	require $file;
	return true;
}

$types = array(
	'css'   => 'text/css; charset=UTF-8',
	'js'    => 'text/javascript; charset=UTF-8',
	'mjs'   => 'text/javascript; charset=UTF-8',
	'json'  => 'application/json',
	'map'   => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'jpeg'  => 'image/jpeg',
	'gif'   => 'image/gif',
	'webp'  => 'image/webp',
	'ico'   => 'image/x-icon',
	'woff'  => 'font/woff',
	'woff2' => 'font/woff2',
	'ttf'   => 'font/ttf',
	'txt'   => 'text/plain; charset=UTF-8',
	'html'  => 'text/html; charset=UTF-8',
	'mo'    => 'application/octet-stream',
);
header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
header('Content-Length: ' . filesize($file));
header('Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime($file)) . ' GMT');
header('X-Content-Type-Options: nosniff');
readfile($file);
return true;
