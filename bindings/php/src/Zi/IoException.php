<?php
declare(strict_types=1);

namespace Zi;

/** A libzi_c call failed: a file cannot be opened, read or written (ZI_EIO). */
final class IoException extends ZiException
{
}
