/**
 * The vocabulary of web-page interfaces: the words of share bars, menus, section fronts, ad slots and
 * account prompts. Written for newslint from what page furniture says, not taken from any corpus.
 */

/** Words that only ever label controls or page furniture when they stand alone on a line. */
export const STRONG_LABEL_WORDS = new Set([
  'advertisement', 'advertisements', 'advert', 'adverts', 'ad', 'ads', 'advertising', 'sponsored', 'promoted',
  'share', 'sharing', 'print', 'comment', 'comments', 'email', 'e-mail', 'emails', 'tweet', 'retweet', 'facebook', 'twitter',
  'linkedin', 'whatsapp', 'reddit', 'pinterest', 'instagram', 'youtube', 'tiktok', 'telegram', 'flipboard',
  'messenger', 'tumblr', 'pocket', 'permalink', 'bookmark', 'bookmarks', 'subscribe', 'subscribed', 'subscriber',
  'subscribers', 'subscription', 'unsubscribe', 'login', 'logout', 'signin', 'signup', 'register', 'menu',
  'search', 'homepage', 'close', 'previous', 'prev', 'related', 'recommended', 'popular', 'trending', 'latest',
  'gallery', 'galleries', 'slideshow', 'caption', 'captions', 'copyright', 'adjust', 'font', 'zoom', 'expand',
  'collapse', 'toggle', 'navigation', 'tags', 'categories', 'archive', 'archives', 'newsletter', 'newsletters',
  'alerts', 'notifications', 'feedback', 'careers', 'classifieds', 'obituaries', 'podcast', 'podcasts',
  'updated', 'published', 'posted', 'loading', 'reply', 'replies', 'skip', 'sitemap', 'faq', 'faqs', 'rss',
  'advertise', 'cookies', 'privacy', 'crosswords', 'e-edition', 'paywall', 'links', 'widget',
  'sidebar', 'footer', 'header', 'panel', 'embed', 'autoplay', 'fullscreen', 'mute', 'unmute', 'playlist',
  'replay', 'publish', 'highlights', 'recent', 'shares', 'notice', 'classified', 'sponsor', 'sponsors',
]);

/** Words that label furniture when the whole line is made of such words, but are ordinary words otherwise. */
export const WEAK_LABEL_WORDS = new Set([
  'home', 'back', 'next', 'more', 'less', 'most', 'top', 'read', 'view', 'views', 'show', 'hide', 'load', 'open',
  'see', 'all', 'watch', 'play', 'listen', 'video', 'videos', 'audio', 'photo', 'photos', 'image', 'images',
  'picture', 'pictures', 'graphic', 'credit', 'credits', 'text', 'size', 'copy', 'link', 'save', 'like',
  'follow', 'sign', 'log', 'contact', 'about', 'help', 'terms', 'policy', 'settings', 'account', 'profile',
  'author', 'authors', 'section', 'sections', 'topic', 'topics', 'tag', 'category', 'story', 'stories',
  'article', 'articles', 'news', 'world', 'business', 'sport', 'sports', 'politics', 'opinion', 'technology',
  'tech', 'science', 'health', 'entertainment', 'culture', 'arts', 'lifestyle', 'life', 'living', 'travel',
  'food', 'style', 'weather', 'traffic', 'local', 'national', 'international', 'markets', 'money', 'education',
  'cars', 'autos', 'games', 'shop', 'store', 'deals', 'jobs', 'edition', 'app', 'apps', 'download', 'live',
  'breaking', 'editor', "editor's", 'picks', 'continue', 'reading', 'full', 'min', 'mins', 'minute', 'minutes',
  'ago', 'page', 'pages', 'main', 'content', 'up', 'in', 'out', 'on', 'to', 'via', 'this', 'our', 'us', 'the',
  'a', 'an', 'of', 'with', 'and', 'your', 'for', 'me', 'by', 'now', 'here', 'from', 'click', 'tap',
  'manage', 'accept', 'consent', 'allow',
  'opinions', 'features', 'feature', 'blogs', 'blog', 'magazine', 'newspaper', 'digital', 'print', 'mobile',
  'you', 'may', 'also', 'do', "don't", 'miss', 'must', 'what', 'watched', 'up', 'next', 'real', 'estate',
  'previous', 'post', 'posts', 'entry', 'entries', 'older', 'newer', 'first', 'last', 'quick', 'video',
  'or', 'at', 'it', 'is', 'date', 'time', 'place',
]);

/** Words too common to be evidence of furniture by themselves; a line of only these is not chrome. */
export const FUNCTION_WORDS = new Set([
  'up', 'in', 'out', 'on', 'to', 'via', 'this', 'our', 'us', 'the', 'a', 'an', 'of', 'with', 'and', 'your', 'for',
  'me', 'by', 'now', 'here', 'from', 'you', 'may', 'also', 'do', 'all', 'or', 'at', 'it', 'is', 'what',
]);

/**
 * How reader prompts and page labels begin: a line that opens with one of these is furniture, not copy.
 * Each is matched case-insensitively against the start of the line, at a word boundary.
 */
export const PROMPT_OPENINGS = [
  'click here', 'click to', 'tap here', 'tap to', 'sign up', 'signup', 'sign in', 'log in', 'subscribe to',
  'subscribe for', 'subscribe now', 'subscribe today', 'follow us', 'like us on', 'join us on', 'join our',
  'download the app', 'download our', 'get the app', 'get our', 'read more', 'read next', 'read the full',
  'continue reading', 'see also', 'related:', 'more:', 'watch:', 'listen:', 'share this', 'share on', 'share via',
  'share with', 'image copyright', 'image caption', 'media caption', 'image source', 'image:', 'photo:',
  'photograph:', 'picture:', 'pictures:', 'photo credit', 'credit:', 'caption:', 'copyright ©', 'copyright (c)',
  '©', '(c) copyright', 'we use cookies', 'this site uses cookies', 'this website uses cookies', 'by continuing to',
  'by using this', 'accept cookies', 'cookie policy', 'cookie settings', 'privacy policy', 'terms of use',
  'terms of service', 'terms and conditions', "don't miss", 'do not miss', 'advertisement', 'sponsored by',
  'sponsored content', 'paid content', 'you may also like', 'you might also like', 'recommended for you',
  'more from', 'more stories', 'more news', 'most read', 'most popular', 'most viewed', 'trending now',
  'back to top', 'skip to', 'jump to', 'view comments', 'view all', 'see all', 'show comments',
  'leave a comment', 'post a comment', 'add a comment', 'comments are closed', 'no comments', 'already a subscriber',
  'already have an account', 'create an account', 'create a free account', 'register for', 'register now',
  'please enable javascript', 'your browser does not support', 'play video', 'watch video', 'watch now',
  'contact the author', 'about the author', 'more by', 'filed under',
  'tags:', 'topics:', 'categories:', 'published:', 'updated:', 'posted:', 'last updated', 'first published',
  'min read', 'minute read', 'minutes read', 'reading time', 'get the latest',
  'sign up for', 'enter your email', 'your email address', 'newsletter', 'follow the author', 'report an error',
  'report a typo', 'send us a tip', 'have a tip', 'got a tip', 'print this', 'email this', 'share your thoughts',
  'join the conversation', 'join the discussion', 'open in app', 'listen to this article', 'listen to article',
  'audio is not supported', 'this content is not available', 'loading...', 'loading …',
  'related articles', 'related stories', 'related topics', 'related content', 'related coverage', 'related news',
  'stay up to date', 'stay informed', 'stay connected',
  'chat with us', 'publish date', 'date published', 'posted on', 'published on', 'updated on',
];

/** Phrases that mark a line as legal or ad furniture wherever they sit in it. */
export const FURNITURE_PHRASES = [
  'all rights reserved', 'all right reserved', 'may not be published, broadcast, rewritten or redistributed',
  'opens in a new window', 'open in a new window',
  'sign up to our newsletter', 'sign up for our newsletter', 'subscribe to our newsletter', 'to our newsletter',
  'share this article', 'share this story', 'share this on', 'click here to', 'follow us on', 'in your inbox',
];

/** Photo and news agencies whose name alone on a line is a picture credit left behind by its picture. */
export const CREDIT_NAMES = [
  'getty images', 'getty', 'afp', 'afp via getty images', 'reuters', 'ap', 'ap photo', 'associated press', 'epa',
  'epa-efe', 'shutterstock', 'alamy', 'pa', 'pa media', 'pa wire', 'bloomberg', 'imago', 'istock', 'istockphoto',
  'corbis', 'rex features', 'rex', 'xinhua', 'anadolu agency', 'sipa', 'zuma press', 'upi', 'nurphoto', 'dpa',
  'handout', 'file photo', 'file', 'courtesy',
];
