<?php
declare(strict_types=1);

namespace Zi;

/** A libzi_c call failed: the thing asked for does not exist (ZI_ENOTFOUND). */
final class NotFoundException extends ZiException
{
}
