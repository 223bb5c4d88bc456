<?php
declare(strict_types=1);

namespace Zi;

/** A libzi_c call failed: bad argument or bad input data (ZI_EINVALID, ZI_ERANGE, ZI_EVERSION). */
final class InvalidInputException extends ZiException
{
}
