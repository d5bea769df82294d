module @vit_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x1x64xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<1x17x64xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<64x3x8x8xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<64xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<64xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<64xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<64x64xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<64xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<64x64xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<64xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<64x64xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<64xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<64x64xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<64xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<64xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<128x64xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<128xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<64x128xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<64xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<64xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<64x64xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<64xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<64x64xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<64xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<64x64xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<64x64xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<64xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<64xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<128x64xf32> {tf.aliasing_output = 32 : i32}, %arg33: tensor<128xf32> {tf.aliasing_output = 33 : i32}, %arg34: tensor<64x128xf32> {tf.aliasing_output = 34 : i32}, %arg35: tensor<64xf32> {tf.aliasing_output = 35 : i32}, %arg36: tensor<64xf32> {tf.aliasing_output = 36 : i32}, %arg37: tensor<64xf32> {tf.aliasing_output = 37 : i32}, %arg38: tensor<5x64xf32> {tf.aliasing_output = 38 : i32}, %arg39: tensor<5xf32> {tf.aliasing_output = 39 : i32}, %arg40: tensor<1x1x64xf32> {tf.aliasing_output = 40 : i32}, %arg41: tensor<1x17x64xf32> {tf.aliasing_output = 41 : i32}, %arg42: tensor<64x3x8x8xf32> {tf.aliasing_output = 42 : i32}, %arg43: tensor<64xf32> {tf.aliasing_output = 43 : i32}, %arg44: tensor<64xf32> {tf.aliasing_output = 44 : i32}, %arg45: tensor<64xf32> {tf.aliasing_output = 45 : i32}, %arg46: tensor<64x64xf32> {tf.aliasing_output = 46 : i32}, %arg47: tensor<64xf32> {tf.aliasing_output = 47 : i32}, %arg48: tensor<64x64xf32> {tf.aliasing_output = 48 : i32}, %arg49: tensor<64xf32> {tf.aliasing_output = 49 : i32}, %arg50: tensor<64x64xf32> {tf.aliasing_output = 50 : i32}, %arg51: tensor<64xf32> {tf.aliasing_output = 51 : i32}, %arg52: tensor<64x64xf32> {tf.aliasing_output = 52 : i32}, %arg53: tensor<64xf32> {tf.aliasing_output = 53 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 54 : i32}, %arg55: tensor<64xf32> {tf.aliasing_output = 55 : i32}, %arg56: tensor<128x64xf32> {tf.aliasing_output = 56 : i32}, %arg57: tensor<128xf32> {tf.aliasing_output = 57 : i32}, %arg58: tensor<64x128xf32> {tf.aliasing_output = 58 : i32}, %arg59: tensor<64xf32> {tf.aliasing_output = 59 : i32}, %arg60: tensor<64xf32> {tf.aliasing_output = 60 : i32}, %arg61: tensor<64xf32> {tf.aliasing_output = 61 : i32}, %arg62: tensor<64x64xf32> {tf.aliasing_output = 62 : i32}, %arg63: tensor<64xf32> {tf.aliasing_output = 63 : i32}, %arg64: tensor<64x64xf32> {tf.aliasing_output = 64 : i32}, %arg65: tensor<64xf32> {tf.aliasing_output = 65 : i32}, %arg66: tensor<64x64xf32> {tf.aliasing_output = 66 : i32}, %arg67: tensor<64xf32> {tf.aliasing_output = 67 : i32}, %arg68: tensor<64x64xf32> {tf.aliasing_output = 68 : i32}, %arg69: tensor<64xf32> {tf.aliasing_output = 69 : i32}, %arg70: tensor<64xf32> {tf.aliasing_output = 70 : i32}, %arg71: tensor<64xf32> {tf.aliasing_output = 71 : i32}, %arg72: tensor<128x64xf32> {tf.aliasing_output = 72 : i32}, %arg73: tensor<128xf32> {tf.aliasing_output = 73 : i32}, %arg74: tensor<64x128xf32> {tf.aliasing_output = 74 : i32}, %arg75: tensor<64xf32> {tf.aliasing_output = 75 : i32}, %arg76: tensor<64xf32> {tf.aliasing_output = 76 : i32}, %arg77: tensor<64xf32> {tf.aliasing_output = 77 : i32}, %arg78: tensor<5x64xf32> {tf.aliasing_output = 78 : i32}, %arg79: tensor<5xf32> {tf.aliasing_output = 79 : i32}, %arg80: tensor<1x1x64xf32> {tf.aliasing_output = 80 : i32}, %arg81: tensor<1x17x64xf32> {tf.aliasing_output = 81 : i32}, %arg82: tensor<64x3x8x8xf32> {tf.aliasing_output = 82 : i32}, %arg83: tensor<64xf32> {tf.aliasing_output = 83 : i32}, %arg84: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg85: tensor<64xf32> {tf.aliasing_output = 85 : i32}, %arg86: tensor<64x64xf32> {tf.aliasing_output = 86 : i32}, %arg87: tensor<64xf32> {tf.aliasing_output = 87 : i32}, %arg88: tensor<64x64xf32> {tf.aliasing_output = 88 : i32}, %arg89: tensor<64xf32> {tf.aliasing_output = 89 : i32}, %arg90: tensor<64x64xf32> {tf.aliasing_output = 90 : i32}, %arg91: tensor<64xf32> {tf.aliasing_output = 91 : i32}, %arg92: tensor<64x64xf32> {tf.aliasing_output = 92 : i32}, %arg93: tensor<64xf32> {tf.aliasing_output = 93 : i32}, %arg94: tensor<64xf32> {tf.aliasing_output = 94 : i32}, %arg95: tensor<64xf32> {tf.aliasing_output = 95 : i32}, %arg96: tensor<128x64xf32> {tf.aliasing_output = 96 : i32}, %arg97: tensor<128xf32> {tf.aliasing_output = 97 : i32}, %arg98: tensor<64x128xf32> {tf.aliasing_output = 98 : i32}, %arg99: tensor<64xf32> {tf.aliasing_output = 99 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 100 : i32}, %arg101: tensor<64xf32> {tf.aliasing_output = 101 : i32}, %arg102: tensor<64x64xf32> {tf.aliasing_output = 102 : i32}, %arg103: tensor<64xf32> {tf.aliasing_output = 103 : i32}, %arg104: tensor<64x64xf32> {tf.aliasing_output = 104 : i32}, %arg105: tensor<64xf32> {tf.aliasing_output = 105 : i32}, %arg106: tensor<64x64xf32> {tf.aliasing_output = 106 : i32}, %arg107: tensor<64xf32> {tf.aliasing_output = 107 : i32}, %arg108: tensor<64x64xf32> {tf.aliasing_output = 108 : i32}, %arg109: tensor<64xf32> {tf.aliasing_output = 109 : i32}, %arg110: tensor<64xf32> {tf.aliasing_output = 110 : i32}, %arg111: tensor<64xf32> {tf.aliasing_output = 111 : i32}, %arg112: tensor<128x64xf32> {tf.aliasing_output = 112 : i32}, %arg113: tensor<128xf32> {tf.aliasing_output = 113 : i32}, %arg114: tensor<64x128xf32> {tf.aliasing_output = 114 : i32}, %arg115: tensor<64xf32> {tf.aliasing_output = 115 : i32}, %arg116: tensor<64xf32> {tf.aliasing_output = 116 : i32}, %arg117: tensor<64xf32> {tf.aliasing_output = 117 : i32}, %arg118: tensor<5x64xf32> {tf.aliasing_output = 118 : i32}, %arg119: tensor<5xf32> {tf.aliasing_output = 119 : i32}, %arg120: tensor<i32> {tf.aliasing_output = 120 : i32}, %arg121: tensor<2x32x32x3xui8>, %arg122: tensor<2xi32>, %arg123: tensor<2xui64>) -> (tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.convert"(%arg121) : (tensor<2x32x32x3xui8>) -> tensor<2x32x32x3xf32>
    %1 = stablehlo.constant dense<3.92156862745098e-3> : tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %3 = stablehlo.multiply %0, %2 : tensor<2x32x32x3xf32>
    %4 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<ui64>
    %5 = "stablehlo.reshape"(%4) : (tensor<ui64>) -> tensor<1xui64>
    %6 = stablehlo.constant dense<0> : tensor<ui64>
    %7 = "stablehlo.broadcast_in_dim"(%6) {broadcast_dimensions = array<i64>} : (tensor<ui64>) -> tensor<1xui64>
    %8 = "stablehlo.concatenate"(%7, %5) {dimension = 0 : i64} : (tensor<1xui64>, tensor<1xui64>) -> tensor<2xui64>
    %9 = stablehlo.add %arg123, %8 : tensor<2xui64>
    %10:2 = "stablehlo.rng_bit_generator"(%9) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x7xui32>)
    %11 = stablehlo.constant dense<9> : tensor<ui32>
    %12 = "stablehlo.broadcast_in_dim"(%11) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %13 = stablehlo.shift_right_logical %10#1, %12 : tensor<2x7xui32>
    %14 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %15 = "stablehlo.broadcast_in_dim"(%14) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %16 = stablehlo.or %13, %15 : tensor<2x7xui32>
    %17 = "stablehlo.bitcast_convert"(%16) : (tensor<2x7xui32>) -> tensor<2x7xf32>
    %18 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x7xf32>
    %20 = stablehlo.subtract %17, %19 : tensor<2x7xf32>
    %21 = "stablehlo.slice"(%20) {limit_indices = array<i64: 2, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %22 = "stablehlo.reshape"(%21) : (tensor<2x1xf32>) -> tensor<2xf32>
    %23 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %25 = "stablehlo.compare"(%22, %24) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
    %26 = stablehlo.constant dense<3.2e1> : tensor<f32>
    %27 = "stablehlo.broadcast_in_dim"(%26) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %28 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %30 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x32x32xf32>
    %31 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x32x32xf32>
    %32 = stablehlo.constant dense<3.125e-2> : tensor<f32>
    %33 = "stablehlo.broadcast_in_dim"(%32) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %34 = stablehlo.multiply %27, %33 : tensor<2xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %36 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %37 = "stablehlo.broadcast_in_dim"(%36) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %38 = stablehlo.add %30, %37 : tensor<2x32x32xf32>
    %39 = "stablehlo.reshape"(%35) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %40 = "stablehlo.broadcast_in_dim"(%39) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %41 = stablehlo.multiply %38, %40 : tensor<2x32x32xf32>
    %42 = "stablehlo.reshape"(%29) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %43 = "stablehlo.reshape"(%42) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %45 = stablehlo.add %44, %41 : tensor<2x32x32xf32>
    %46 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %47 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %48 = stablehlo.add %45, %47 : tensor<2x32x32xf32>
    %49 = stablehlo.add %29, %27 : tensor<2xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %51 = "stablehlo.reshape"(%50) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %52 = "stablehlo.broadcast_in_dim"(%51) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %53 = stablehlo.subtract %52, %41 : tensor<2x32x32xf32>
    %54 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %55 = "stablehlo.broadcast_in_dim"(%54) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %56 = stablehlo.add %53, %55 : tensor<2x32x32xf32>
    %57 = "stablehlo.reshape"(%25) : (tensor<2xi1>) -> tensor<2x1x1xi1>
    %58 = "stablehlo.reshape"(%57) : (tensor<2x1x1xi1>) -> tensor<2xi1>
    %59 = "stablehlo.broadcast_in_dim"(%58) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi1>) -> tensor<2x32x32xi1>
    %60 = "stablehlo.select"(%59, %56, %48) : (tensor<2x32x32xi1>, tensor<2x32x32xf32>, tensor<2x32x32xf32>) -> tensor<2x32x32xf32>
    %61 = stablehlo.subtract %60, %31 : tensor<2x32x32xf32>
    %62 = stablehlo.abs %61 : tensor<2x32x32xf32>
    %63 = stablehlo.negate %62 : tensor<2x32x32xf32>
    %64 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %65 = "stablehlo.broadcast_in_dim"(%64) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %66 = stablehlo.add %63, %65 : tensor<2x32x32xf32>
    %67 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %68 = "stablehlo.broadcast_in_dim"(%67) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %69 = stablehlo.maximum %66, %68 : tensor<2x32x32xf32>
    %70 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %71 = "stablehlo.reduce"(%69, %70) ({
    ^bb0(%72: tensor<f32>, %73: tensor<f32>):
      %74 = stablehlo.add %72, %73 : tensor<f32>
      "stablehlo.return"(%74) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x32x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %75 = "stablehlo.reshape"(%71) : (tensor<2x32xf32>) -> tensor<2x32x1xf32>
    %76 = "stablehlo.reshape"(%75) : (tensor<2x32x1xf32>) -> tensor<2x32xf32>
    %77 = "stablehlo.broadcast_in_dim"(%76) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x32xf32>) -> tensor<2x32x32xf32>
    %78 = stablehlo.divide %69, %77 : tensor<2x32x32xf32>
    %79 = "stablehlo.dot_general"(%3, %78) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x32x32x3xf32>, tensor<2x32x32xf32>) -> tensor<2x32x3x32xf32>
    %80 = "stablehlo.transpose"(%79) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x32x3x32xf32>) -> tensor<2x32x32x3xf32>
    %81 = "stablehlo.slice"(%20) {limit_indices = array<i64: 2, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %82 = "stablehlo.reshape"(%81) : (tensor<2x1xf32>) -> tensor<2xf32>
    %83 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %84 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %85 = stablehlo.multiply %82, %84 : tensor<2xf32>
    %86 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %87 = "stablehlo.broadcast_in_dim"(%86) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %88 = stablehlo.add %85, %87 : tensor<2xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %90 = "stablehlo.reshape"(%89) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %91 = "stablehlo.broadcast_in_dim"(%90) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %92 = stablehlo.multiply %80, %91 : tensor<2x32x32x3xf32>
    %93 = "stablehlo.slice"(%20) {limit_indices = array<i64: 2, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %94 = "stablehlo.reshape"(%93) : (tensor<2x1xf32>) -> tensor<2xf32>
    %95 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %96 = "stablehlo.broadcast_in_dim"(%95) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %97 = stablehlo.multiply %94, %96 : tensor<2xf32>
    %98 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %99 = "stablehlo.broadcast_in_dim"(%98) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %100 = stablehlo.add %97, %99 : tensor<2xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %102 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %103 = "stablehlo.reduce"(%92, %102) ({
    ^bb0(%104: tensor<f32>, %105: tensor<f32>):
      %106 = stablehlo.add %104, %105 : tensor<f32>
      "stablehlo.return"(%106) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x32x32x3xf32>, tensor<f32>) -> tensor<2xf32>
    %107 = stablehlo.constant dense<3.255208333333333e-4> : tensor<f32>
    %108 = "stablehlo.broadcast_in_dim"(%107) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %109 = stablehlo.multiply %103, %108 : tensor<2xf32>
    %110 = "stablehlo.reshape"(%109) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %111 = "stablehlo.reshape"(%110) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %112 = "stablehlo.broadcast_in_dim"(%111) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %113 = stablehlo.subtract %92, %112 : tensor<2x32x32x3xf32>
    %114 = "stablehlo.reshape"(%101) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %115 = "stablehlo.broadcast_in_dim"(%114) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %116 = stablehlo.multiply %113, %115 : tensor<2x32x32x3xf32>
    %117 = "stablehlo.reshape"(%110) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %118 = "stablehlo.broadcast_in_dim"(%117) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %119 = stablehlo.add %116, %118 : tensor<2x32x32x3xf32>
    %120 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %121 = "stablehlo.broadcast_in_dim"(%120) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %122 = stablehlo.maximum %119, %121 : tensor<2x32x32x3xf32>
    %123 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %124 = "stablehlo.broadcast_in_dim"(%123) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %125 = stablehlo.minimum %122, %124 : tensor<2x32x32x3xf32>
    %126 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %127 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %128 = "stablehlo.broadcast_in_dim"(%126) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %129 = stablehlo.subtract %125, %128 : tensor<2x32x32x3xf32>
    %130 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %131 = stablehlo.divide %129, %130 : tensor<2x32x32x3xf32>
    %132 = "stablehlo.reshape"(%131) : (tensor<2x32x32x3xf32>) -> tensor<2x4x8x4x8x3xf32>
    %133 = "stablehlo.transpose"(%132) {permutation = array<i64: 0, 1, 3, 5, 2, 4>} : (tensor<2x4x8x4x8x3xf32>) -> tensor<2x4x4x3x8x8xf32>
    %134 = "stablehlo.reshape"(%133) : (tensor<2x4x4x3x8x8xf32>) -> tensor<2x16x192xf32>
    %135 = "stablehlo.reshape"(%arg2) : (tensor<64x3x8x8xf32>) -> tensor<64x192xf32>
    %136 = "stablehlo.dot_general"(%134, %135) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x16x192xf32>, tensor<64x192xf32>) -> tensor<2x16x64xf32>
    %137 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x16x64xf32>
    %138 = stablehlo.add %136, %137 : tensor<2x16x64xf32>
    %139 = "stablehlo.reshape"(%arg0) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %140 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<1x64xf32>) -> tensor<2x1x64xf32>
    %141 = "stablehlo.concatenate"(%140, %138) {dimension = 1 : i64} : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %142 = "stablehlo.reshape"(%arg1) : (tensor<1x17x64xf32>) -> tensor<17x64xf32>
    %143 = "stablehlo.broadcast_in_dim"(%142) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<17x64xf32>) -> tensor<2x17x64xf32>
    %144 = stablehlo.add %141, %143 : tensor<2x17x64xf32>
    %145 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %146 = "stablehlo.reduce"(%144, %145) ({
    ^bb0(%147: tensor<f32>, %148: tensor<f32>):
      %149 = stablehlo.add %147, %148 : tensor<f32>
      "stablehlo.return"(%149) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %150 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %151 = "stablehlo.broadcast_in_dim"(%150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %152 = stablehlo.multiply %146, %151 : tensor<2x17xf32>
    %153 = "stablehlo.reshape"(%152) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %154 = "stablehlo.reshape"(%153) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %155 = "stablehlo.broadcast_in_dim"(%154) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %156 = stablehlo.subtract %144, %155 : tensor<2x17x64xf32>
    %157 = stablehlo.multiply %156, %156 : tensor<2x17x64xf32>
    %158 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %159 = "stablehlo.reduce"(%157, %158) ({
    ^bb0(%160: tensor<f32>, %161: tensor<f32>):
      %162 = stablehlo.add %160, %161 : tensor<f32>
      "stablehlo.return"(%162) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %163 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %164 = "stablehlo.broadcast_in_dim"(%163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %165 = stablehlo.multiply %159, %164 : tensor<2x17xf32>
    %166 = "stablehlo.reshape"(%165) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %167 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %168 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %169 = stablehlo.add %166, %168 : tensor<2x17x1xf32>
    %170 = stablehlo.rsqrt %169 : tensor<2x17x1xf32>
    %171 = "stablehlo.reshape"(%170) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %172 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %173 = stablehlo.multiply %156, %172 : tensor<2x17x64xf32>
    %174 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %175 = stablehlo.multiply %173, %174 : tensor<2x17x64xf32>
    %176 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %177 = stablehlo.add %175, %176 : tensor<2x17x64xf32>
    %178 = "stablehlo.dot_general"(%177, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %179 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %180 = stablehlo.add %178, %179 : tensor<2x17x64xf32>
    %181 = "stablehlo.reshape"(%180) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %182 = "stablehlo.transpose"(%181) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %183 = "stablehlo.dot_general"(%177, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %184 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %185 = stablehlo.add %183, %184 : tensor<2x17x64xf32>
    %186 = "stablehlo.reshape"(%185) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %187 = "stablehlo.transpose"(%186) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %188 = "stablehlo.dot_general"(%177, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %189 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %190 = stablehlo.add %188, %189 : tensor<2x17x64xf32>
    %191 = "stablehlo.reshape"(%190) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %192 = "stablehlo.transpose"(%191) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %193 = "stablehlo.dot_general"(%182, %187) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %194 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<2x4x17x17xf32>
    %197 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %198 = "stablehlo.reduce"(%196, %197) ({
    ^bb0(%199: tensor<f32>, %200: tensor<f32>):
      %201 = stablehlo.maximum %199, %200 : tensor<f32>
      "stablehlo.return"(%201) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %202 = "stablehlo.reshape"(%198) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %203 = "stablehlo.reshape"(%202) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %204 = "stablehlo.broadcast_in_dim"(%203) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %205 = stablehlo.subtract %196, %204 : tensor<2x4x17x17xf32>
    %206 = stablehlo.exponential %205 : tensor<2x4x17x17xf32>
    %207 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %208 = "stablehlo.reduce"(%206, %207) ({
    ^bb0(%209: tensor<f32>, %210: tensor<f32>):
      %211 = stablehlo.add %209, %210 : tensor<f32>
      "stablehlo.return"(%211) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %212 = "stablehlo.reshape"(%208) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %213 = "stablehlo.reshape"(%212) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %214 = "stablehlo.broadcast_in_dim"(%213) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %215 = stablehlo.divide %206, %214 : tensor<2x4x17x17xf32>
    %216 = "stablehlo.dot_general"(%215, %192) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %217 = "stablehlo.transpose"(%216) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %218 = "stablehlo.reshape"(%217) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %219 = "stablehlo.dot_general"(%218, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %220 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %221 = stablehlo.add %219, %220 : tensor<2x17x64xf32>
    %222 = stablehlo.add %144, %221 : tensor<2x17x64xf32>
    %223 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %224 = "stablehlo.reduce"(%222, %223) ({
    ^bb0(%225: tensor<f32>, %226: tensor<f32>):
      %227 = stablehlo.add %225, %226 : tensor<f32>
      "stablehlo.return"(%227) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %228 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %229 = "stablehlo.broadcast_in_dim"(%228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %230 = stablehlo.multiply %224, %229 : tensor<2x17xf32>
    %231 = "stablehlo.reshape"(%230) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %232 = "stablehlo.reshape"(%231) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %233 = "stablehlo.broadcast_in_dim"(%232) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %234 = stablehlo.subtract %222, %233 : tensor<2x17x64xf32>
    %235 = stablehlo.multiply %234, %234 : tensor<2x17x64xf32>
    %236 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %237 = "stablehlo.reduce"(%235, %236) ({
    ^bb0(%238: tensor<f32>, %239: tensor<f32>):
      %240 = stablehlo.add %238, %239 : tensor<f32>
      "stablehlo.return"(%240) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %241 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %242 = "stablehlo.broadcast_in_dim"(%241) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %243 = stablehlo.multiply %237, %242 : tensor<2x17xf32>
    %244 = "stablehlo.reshape"(%243) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %245 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %246 = "stablehlo.broadcast_in_dim"(%245) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %247 = stablehlo.add %244, %246 : tensor<2x17x1xf32>
    %248 = stablehlo.rsqrt %247 : tensor<2x17x1xf32>
    %249 = "stablehlo.reshape"(%248) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %250 = "stablehlo.broadcast_in_dim"(%249) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %251 = stablehlo.multiply %234, %250 : tensor<2x17x64xf32>
    %252 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %253 = stablehlo.multiply %251, %252 : tensor<2x17x64xf32>
    %254 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %255 = stablehlo.add %253, %254 : tensor<2x17x64xf32>
    %256 = "stablehlo.dot_general"(%255, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %257 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %258 = stablehlo.add %256, %257 : tensor<2x17x128xf32>
    %259 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %260 = "stablehlo.broadcast_in_dim"(%259) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %261 = stablehlo.multiply %258, %260 : tensor<2x17x128xf32>
    %262 = "chlo.erf"(%261) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %263 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %264 = "stablehlo.broadcast_in_dim"(%263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %265 = stablehlo.add %262, %264 : tensor<2x17x128xf32>
    %266 = stablehlo.multiply %258, %265 : tensor<2x17x128xf32>
    %267 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %268 = "stablehlo.broadcast_in_dim"(%267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %269 = stablehlo.multiply %266, %268 : tensor<2x17x128xf32>
    %270 = "stablehlo.dot_general"(%269, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %271 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %272 = stablehlo.add %270, %271 : tensor<2x17x64xf32>
    %273 = stablehlo.add %222, %272 : tensor<2x17x64xf32>
    %274 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %275 = "stablehlo.reduce"(%273, %274) ({
    ^bb0(%276: tensor<f32>, %277: tensor<f32>):
      %278 = stablehlo.add %276, %277 : tensor<f32>
      "stablehlo.return"(%278) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %279 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %280 = "stablehlo.broadcast_in_dim"(%279) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %281 = stablehlo.multiply %275, %280 : tensor<2x17xf32>
    %282 = "stablehlo.reshape"(%281) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %283 = "stablehlo.reshape"(%282) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %284 = "stablehlo.broadcast_in_dim"(%283) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %285 = stablehlo.subtract %273, %284 : tensor<2x17x64xf32>
    %286 = stablehlo.multiply %285, %285 : tensor<2x17x64xf32>
    %287 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %288 = "stablehlo.reduce"(%286, %287) ({
    ^bb0(%289: tensor<f32>, %290: tensor<f32>):
      %291 = stablehlo.add %289, %290 : tensor<f32>
      "stablehlo.return"(%291) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %292 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %293 = "stablehlo.broadcast_in_dim"(%292) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %294 = stablehlo.multiply %288, %293 : tensor<2x17xf32>
    %295 = "stablehlo.reshape"(%294) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %296 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %297 = "stablehlo.broadcast_in_dim"(%296) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %298 = stablehlo.add %295, %297 : tensor<2x17x1xf32>
    %299 = stablehlo.rsqrt %298 : tensor<2x17x1xf32>
    %300 = "stablehlo.reshape"(%299) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %301 = "stablehlo.broadcast_in_dim"(%300) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %302 = stablehlo.multiply %285, %301 : tensor<2x17x64xf32>
    %303 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %304 = stablehlo.multiply %302, %303 : tensor<2x17x64xf32>
    %305 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %306 = stablehlo.add %304, %305 : tensor<2x17x64xf32>
    %307 = "stablehlo.dot_general"(%306, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %308 = "stablehlo.broadcast_in_dim"(%arg23) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %309 = stablehlo.add %307, %308 : tensor<2x17x64xf32>
    %310 = "stablehlo.reshape"(%309) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %311 = "stablehlo.transpose"(%310) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %312 = "stablehlo.dot_general"(%306, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %313 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %314 = stablehlo.add %312, %313 : tensor<2x17x64xf32>
    %315 = "stablehlo.reshape"(%314) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %316 = "stablehlo.transpose"(%315) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %317 = "stablehlo.dot_general"(%306, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %318 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %319 = stablehlo.add %317, %318 : tensor<2x17x64xf32>
    %320 = "stablehlo.reshape"(%319) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %321 = "stablehlo.transpose"(%320) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %322 = "stablehlo.dot_general"(%311, %316) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %323 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %324 = "stablehlo.broadcast_in_dim"(%323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %325 = stablehlo.multiply %322, %324 : tensor<2x4x17x17xf32>
    %326 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %327 = "stablehlo.reduce"(%325, %326) ({
    ^bb0(%328: tensor<f32>, %329: tensor<f32>):
      %330 = stablehlo.maximum %328, %329 : tensor<f32>
      "stablehlo.return"(%330) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %331 = "stablehlo.reshape"(%327) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %332 = "stablehlo.reshape"(%331) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %333 = "stablehlo.broadcast_in_dim"(%332) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %334 = stablehlo.subtract %325, %333 : tensor<2x4x17x17xf32>
    %335 = stablehlo.exponential %334 : tensor<2x4x17x17xf32>
    %336 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %337 = "stablehlo.reduce"(%335, %336) ({
    ^bb0(%338: tensor<f32>, %339: tensor<f32>):
      %340 = stablehlo.add %338, %339 : tensor<f32>
      "stablehlo.return"(%340) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %341 = "stablehlo.reshape"(%337) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %342 = "stablehlo.reshape"(%341) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %343 = "stablehlo.broadcast_in_dim"(%342) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %344 = stablehlo.divide %335, %343 : tensor<2x4x17x17xf32>
    %345 = "stablehlo.dot_general"(%344, %321) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %346 = "stablehlo.transpose"(%345) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %347 = "stablehlo.reshape"(%346) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %348 = "stablehlo.dot_general"(%347, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %349 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %350 = stablehlo.add %348, %349 : tensor<2x17x64xf32>
    %351 = stablehlo.add %273, %350 : tensor<2x17x64xf32>
    %352 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %353 = "stablehlo.reduce"(%351, %352) ({
    ^bb0(%354: tensor<f32>, %355: tensor<f32>):
      %356 = stablehlo.add %354, %355 : tensor<f32>
      "stablehlo.return"(%356) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %357 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %358 = "stablehlo.broadcast_in_dim"(%357) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %359 = stablehlo.multiply %353, %358 : tensor<2x17xf32>
    %360 = "stablehlo.reshape"(%359) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %361 = "stablehlo.reshape"(%360) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %362 = "stablehlo.broadcast_in_dim"(%361) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %363 = stablehlo.subtract %351, %362 : tensor<2x17x64xf32>
    %364 = stablehlo.multiply %363, %363 : tensor<2x17x64xf32>
    %365 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %366 = "stablehlo.reduce"(%364, %365) ({
    ^bb0(%367: tensor<f32>, %368: tensor<f32>):
      %369 = stablehlo.add %367, %368 : tensor<f32>
      "stablehlo.return"(%369) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %370 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %371 = "stablehlo.broadcast_in_dim"(%370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %372 = stablehlo.multiply %366, %371 : tensor<2x17xf32>
    %373 = "stablehlo.reshape"(%372) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %374 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %375 = "stablehlo.broadcast_in_dim"(%374) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %376 = stablehlo.add %373, %375 : tensor<2x17x1xf32>
    %377 = stablehlo.rsqrt %376 : tensor<2x17x1xf32>
    %378 = "stablehlo.reshape"(%377) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %379 = "stablehlo.broadcast_in_dim"(%378) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %380 = stablehlo.multiply %363, %379 : tensor<2x17x64xf32>
    %381 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %382 = stablehlo.multiply %380, %381 : tensor<2x17x64xf32>
    %383 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %384 = stablehlo.add %382, %383 : tensor<2x17x64xf32>
    %385 = "stablehlo.dot_general"(%384, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %386 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %387 = stablehlo.add %385, %386 : tensor<2x17x128xf32>
    %388 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %389 = "stablehlo.broadcast_in_dim"(%388) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %390 = stablehlo.multiply %387, %389 : tensor<2x17x128xf32>
    %391 = "chlo.erf"(%390) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %392 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %393 = "stablehlo.broadcast_in_dim"(%392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %394 = stablehlo.add %391, %393 : tensor<2x17x128xf32>
    %395 = stablehlo.multiply %387, %394 : tensor<2x17x128xf32>
    %396 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %397 = "stablehlo.broadcast_in_dim"(%396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %398 = stablehlo.multiply %395, %397 : tensor<2x17x128xf32>
    %399 = "stablehlo.dot_general"(%398, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %400 = "stablehlo.broadcast_in_dim"(%arg35) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %401 = stablehlo.add %399, %400 : tensor<2x17x64xf32>
    %402 = stablehlo.add %351, %401 : tensor<2x17x64xf32>
    %403 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %404 = "stablehlo.reduce"(%402, %403) ({
    ^bb0(%405: tensor<f32>, %406: tensor<f32>):
      %407 = stablehlo.add %405, %406 : tensor<f32>
      "stablehlo.return"(%407) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %408 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %409 = "stablehlo.broadcast_in_dim"(%408) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %410 = stablehlo.multiply %404, %409 : tensor<2x17xf32>
    %411 = "stablehlo.reshape"(%410) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %412 = "stablehlo.reshape"(%411) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %413 = "stablehlo.broadcast_in_dim"(%412) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %414 = stablehlo.subtract %402, %413 : tensor<2x17x64xf32>
    %415 = stablehlo.multiply %414, %414 : tensor<2x17x64xf32>
    %416 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %417 = "stablehlo.reduce"(%415, %416) ({
    ^bb0(%418: tensor<f32>, %419: tensor<f32>):
      %420 = stablehlo.add %418, %419 : tensor<f32>
      "stablehlo.return"(%420) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %421 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %422 = "stablehlo.broadcast_in_dim"(%421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %423 = stablehlo.multiply %417, %422 : tensor<2x17xf32>
    %424 = "stablehlo.reshape"(%423) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %425 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %426 = "stablehlo.broadcast_in_dim"(%425) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %427 = stablehlo.add %424, %426 : tensor<2x17x1xf32>
    %428 = stablehlo.rsqrt %427 : tensor<2x17x1xf32>
    %429 = "stablehlo.reshape"(%428) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %430 = "stablehlo.broadcast_in_dim"(%429) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %431 = stablehlo.multiply %414, %430 : tensor<2x17x64xf32>
    %432 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %433 = stablehlo.multiply %431, %432 : tensor<2x17x64xf32>
    %434 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %435 = stablehlo.add %433, %434 : tensor<2x17x64xf32>
    %436 = "stablehlo.slice"(%435) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %437 = "stablehlo.reshape"(%436) : (tensor<2x1x64xf32>) -> tensor<2x64xf32>
    %438 = "stablehlo.dot_general"(%437, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x64xf32>, tensor<5x64xf32>) -> tensor<2x5xf32>
    %439 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 1>} : (tensor<5xf32>) -> tensor<2x5xf32>
    %440 = stablehlo.add %438, %439 : tensor<2x5xf32>
    %441 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %442 = "stablehlo.broadcast_in_dim"(%arg122) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x5xi32>
    %443 = "stablehlo.compare"(%441, %442) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x5xi32>, tensor<2x5xi32>) -> tensor<2x5xi1>
    %444 = "stablehlo.convert"(%443) : (tensor<2x5xi1>) -> tensor<2x5xf32>
    %445 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %446 = "stablehlo.reduce"(%440, %445) ({
    ^bb0(%447: tensor<f32>, %448: tensor<f32>):
      %449 = stablehlo.maximum %447, %448 : tensor<f32>
      "stablehlo.return"(%449) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %450 = "stablehlo.reshape"(%446) : (tensor<2xf32>) -> tensor<2x1xf32>
    %451 = "stablehlo.reshape"(%450) : (tensor<2x1xf32>) -> tensor<2xf32>
    %452 = "stablehlo.broadcast_in_dim"(%451) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %453 = stablehlo.subtract %440, %452 : tensor<2x5xf32>
    %454 = stablehlo.exponential %453 : tensor<2x5xf32>
    %455 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %456 = "stablehlo.reduce"(%454, %455) ({
    ^bb0(%457: tensor<f32>, %458: tensor<f32>):
      %459 = stablehlo.add %457, %458 : tensor<f32>
      "stablehlo.return"(%459) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %460 = "stablehlo.reshape"(%456) : (tensor<2xf32>) -> tensor<2x1xf32>
    %461 = stablehlo.log %460 : tensor<2x1xf32>
    %462 = "stablehlo.reshape"(%461) : (tensor<2x1xf32>) -> tensor<2xf32>
    %463 = "stablehlo.broadcast_in_dim"(%462) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %464 = stablehlo.subtract %453, %463 : tensor<2x5xf32>
    %465 = stablehlo.multiply %464, %444 : tensor<2x5xf32>
    %466 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %467 = "stablehlo.reduce"(%465, %466) ({
    ^bb0(%468: tensor<f32>, %469: tensor<f32>):
      %470 = stablehlo.add %468, %469 : tensor<f32>
      "stablehlo.return"(%470) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %471 = stablehlo.negate %467 : tensor<2xf32>
    %472 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %473 = "stablehlo.reduce"(%471, %472) ({
    ^bb0(%474: tensor<f32>, %475: tensor<f32>):
      %476 = stablehlo.add %474, %475 : tensor<f32>
      "stablehlo.return"(%476) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %477 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %478 = stablehlo.multiply %473, %477 : tensor<f32>
    %479 = stablehlo.multiply %440, %444 : tensor<2x5xf32>
    %480 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %481 = "stablehlo.reduce"(%479, %480) ({
    ^bb0(%482: tensor<f32>, %483: tensor<f32>):
      %484 = stablehlo.add %482, %483 : tensor<f32>
      "stablehlo.return"(%484) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %485 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %486 = "stablehlo.reduce"(%440, %485) ({
    ^bb0(%487: tensor<f32>, %488: tensor<f32>):
      %489 = stablehlo.maximum %487, %488 : tensor<f32>
      "stablehlo.return"(%489) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %490 = "stablehlo.compare"(%481, %486) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
    %491 = "stablehlo.convert"(%490) : (tensor<2xi1>) -> tensor<2xf32>
    %492 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %493 = "stablehlo.reduce"(%491, %492) ({
    ^bb0(%494: tensor<f32>, %495: tensor<f32>):
      %496 = stablehlo.add %494, %495 : tensor<f32>
      "stablehlo.return"(%496) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %497 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %498 = "stablehlo.broadcast_in_dim"(%497) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %499 = stablehlo.multiply %498, %477 : tensor<f32>
    %500 = "stablehlo.broadcast_in_dim"(%499) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %501 = stablehlo.negate %500 : tensor<2xf32>
    %502 = "stablehlo.broadcast_in_dim"(%501) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %503 = stablehlo.multiply %502, %444 : tensor<2x5xf32>
    %504 = stablehlo.negate %503 : tensor<2x5xf32>
    %505 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %506 = "stablehlo.reduce"(%504, %505) ({
    ^bb0(%507: tensor<f32>, %508: tensor<f32>):
      %509 = stablehlo.add %507, %508 : tensor<f32>
      "stablehlo.return"(%509) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %510 = "stablehlo.reshape"(%506) : (tensor<2xf32>) -> tensor<2x1xf32>
    %511 = stablehlo.divide %510, %460 : tensor<2x1xf32>
    %512 = "stablehlo.reshape"(%511) : (tensor<2x1xf32>) -> tensor<2xf32>
    %513 = "stablehlo.broadcast_in_dim"(%512) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %514 = stablehlo.multiply %513, %454 : tensor<2x5xf32>
    %515 = stablehlo.add %503, %514 : tensor<2x5xf32>
    %516 = stablehlo.negate %515 : tensor<2x5xf32>
    %517 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %518 = "stablehlo.reduce"(%516, %517) ({
    ^bb0(%519: tensor<f32>, %520: tensor<f32>):
      %521 = stablehlo.add %519, %520 : tensor<f32>
      "stablehlo.return"(%521) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %522 = "stablehlo.reshape"(%518) : (tensor<2xf32>) -> tensor<2x1xf32>
    %523 = "stablehlo.reshape"(%522) : (tensor<2x1xf32>) -> tensor<2xf32>
    %524 = "stablehlo.broadcast_in_dim"(%523) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %525 = "stablehlo.broadcast_in_dim"(%446) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %526 = "stablehlo.compare"(%440, %525) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xi1>
    %527 = "stablehlo.convert"(%526) : (tensor<2x5xi1>) -> tensor<2x5xf32>
    %528 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %529 = "stablehlo.reduce"(%527, %528) ({
    ^bb0(%530: tensor<f32>, %531: tensor<f32>):
      %532 = stablehlo.add %530, %531 : tensor<f32>
      "stablehlo.return"(%532) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %533 = "stablehlo.broadcast_in_dim"(%529) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %534 = stablehlo.multiply %524, %527 : tensor<2x5xf32>
    %535 = stablehlo.divide %534, %533 : tensor<2x5xf32>
    %536 = stablehlo.add %515, %535 : tensor<2x5xf32>
    %537 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %538 = "stablehlo.reduce"(%536, %537) ({
    ^bb0(%539: tensor<f32>, %540: tensor<f32>):
      %541 = stablehlo.add %539, %540 : tensor<f32>
      "stablehlo.return"(%541) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<5xf32>
    %542 = "stablehlo.dot_general"(%536, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<5x64xf32>) -> tensor<2x64xf32>
    %543 = "stablehlo.dot_general"(%536, %437) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<2x64xf32>) -> tensor<5x64xf32>
    %544 = "stablehlo.reshape"(%542) : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %545 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %546 = "stablehlo.pad"(%544, %545) {edge_padding_high = array<i64: 0, 16, 0>, edge_padding_low = array<i64: 0, 0, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x17x64xf32>
    %547 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %548 = "stablehlo.reduce"(%546, %547) ({
    ^bb0(%549: tensor<f32>, %550: tensor<f32>):
      %551 = stablehlo.add %549, %550 : tensor<f32>
      "stablehlo.return"(%551) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %552 = stablehlo.multiply %546, %432 : tensor<2x17x64xf32>
    %553 = stablehlo.multiply %546, %431 : tensor<2x17x64xf32>
    %554 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %555 = "stablehlo.reduce"(%553, %554) ({
    ^bb0(%556: tensor<f32>, %557: tensor<f32>):
      %558 = stablehlo.add %556, %557 : tensor<f32>
      "stablehlo.return"(%558) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %559 = stablehlo.multiply %552, %430 : tensor<2x17x64xf32>
    %560 = stablehlo.multiply %552, %414 : tensor<2x17x64xf32>
    %561 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %562 = "stablehlo.reduce"(%560, %561) ({
    ^bb0(%563: tensor<f32>, %564: tensor<f32>):
      %565 = stablehlo.add %563, %564 : tensor<f32>
      "stablehlo.return"(%565) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %566 = "stablehlo.reshape"(%562) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %567 = stablehlo.divide %428, %427 : tensor<2x17x1xf32>
    %568 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %569 = "stablehlo.broadcast_in_dim"(%568) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %570 = stablehlo.multiply %567, %569 : tensor<2x17x1xf32>
    %571 = stablehlo.multiply %566, %570 : tensor<2x17x1xf32>
    %572 = "stablehlo.reshape"(%571) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %573 = stablehlo.multiply %572, %422 : tensor<2x17xf32>
    %574 = "stablehlo.broadcast_in_dim"(%573) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %575 = stablehlo.multiply %574, %414 : tensor<2x17x64xf32>
    %576 = stablehlo.multiply %574, %414 : tensor<2x17x64xf32>
    %577 = stablehlo.add %559, %575 : tensor<2x17x64xf32>
    %578 = stablehlo.add %577, %576 : tensor<2x17x64xf32>
    %579 = stablehlo.negate %578 : tensor<2x17x64xf32>
    %580 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %581 = "stablehlo.reduce"(%579, %580) ({
    ^bb0(%582: tensor<f32>, %583: tensor<f32>):
      %584 = stablehlo.add %582, %583 : tensor<f32>
      "stablehlo.return"(%584) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %585 = "stablehlo.reshape"(%581) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %586 = "stablehlo.reshape"(%585) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %587 = stablehlo.multiply %586, %409 : tensor<2x17xf32>
    %588 = "stablehlo.broadcast_in_dim"(%587) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %589 = stablehlo.add %578, %588 : tensor<2x17x64xf32>
    %590 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %591 = "stablehlo.reduce"(%589, %590) ({
    ^bb0(%592: tensor<f32>, %593: tensor<f32>):
      %594 = stablehlo.add %592, %593 : tensor<f32>
      "stablehlo.return"(%594) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %595 = "stablehlo.dot_general"(%589, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %596 = "stablehlo.dot_general"(%589, %398) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %597 = stablehlo.multiply %595, %397 : tensor<2x17x128xf32>
    %598 = stablehlo.multiply %597, %394 : tensor<2x17x128xf32>
    %599 = stablehlo.multiply %597, %387 : tensor<2x17x128xf32>
    %600 = stablehlo.multiply %390, %390 : tensor<2x17x128xf32>
    %601 = stablehlo.negate %600 : tensor<2x17x128xf32>
    %602 = stablehlo.exponential %601 : tensor<2x17x128xf32>
    %603 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %604 = "stablehlo.broadcast_in_dim"(%603) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %605 = stablehlo.multiply %602, %604 : tensor<2x17x128xf32>
    %606 = stablehlo.multiply %599, %605 : tensor<2x17x128xf32>
    %607 = stablehlo.multiply %606, %389 : tensor<2x17x128xf32>
    %608 = stablehlo.add %598, %607 : tensor<2x17x128xf32>
    %609 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %610 = "stablehlo.reduce"(%608, %609) ({
    ^bb0(%611: tensor<f32>, %612: tensor<f32>):
      %613 = stablehlo.add %611, %612 : tensor<f32>
      "stablehlo.return"(%613) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %614 = "stablehlo.dot_general"(%608, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %615 = "stablehlo.dot_general"(%608, %384) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %616 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %617 = "stablehlo.reduce"(%614, %616) ({
    ^bb0(%618: tensor<f32>, %619: tensor<f32>):
      %620 = stablehlo.add %618, %619 : tensor<f32>
      "stablehlo.return"(%620) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %621 = stablehlo.multiply %614, %381 : tensor<2x17x64xf32>
    %622 = stablehlo.multiply %614, %380 : tensor<2x17x64xf32>
    %623 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %624 = "stablehlo.reduce"(%622, %623) ({
    ^bb0(%625: tensor<f32>, %626: tensor<f32>):
      %627 = stablehlo.add %625, %626 : tensor<f32>
      "stablehlo.return"(%627) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %628 = stablehlo.multiply %621, %379 : tensor<2x17x64xf32>
    %629 = stablehlo.multiply %621, %363 : tensor<2x17x64xf32>
    %630 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %631 = "stablehlo.reduce"(%629, %630) ({
    ^bb0(%632: tensor<f32>, %633: tensor<f32>):
      %634 = stablehlo.add %632, %633 : tensor<f32>
      "stablehlo.return"(%634) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %635 = "stablehlo.reshape"(%631) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %636 = stablehlo.divide %377, %376 : tensor<2x17x1xf32>
    %637 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %638 = "stablehlo.broadcast_in_dim"(%637) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %639 = stablehlo.multiply %636, %638 : tensor<2x17x1xf32>
    %640 = stablehlo.multiply %635, %639 : tensor<2x17x1xf32>
    %641 = "stablehlo.reshape"(%640) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %642 = stablehlo.multiply %641, %371 : tensor<2x17xf32>
    %643 = "stablehlo.broadcast_in_dim"(%642) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %644 = stablehlo.multiply %643, %363 : tensor<2x17x64xf32>
    %645 = stablehlo.multiply %643, %363 : tensor<2x17x64xf32>
    %646 = stablehlo.add %628, %644 : tensor<2x17x64xf32>
    %647 = stablehlo.add %646, %645 : tensor<2x17x64xf32>
    %648 = stablehlo.negate %647 : tensor<2x17x64xf32>
    %649 = stablehlo.add %589, %647 : tensor<2x17x64xf32>
    %650 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %651 = "stablehlo.reduce"(%648, %650) ({
    ^bb0(%652: tensor<f32>, %653: tensor<f32>):
      %654 = stablehlo.add %652, %653 : tensor<f32>
      "stablehlo.return"(%654) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %655 = "stablehlo.reshape"(%651) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %656 = "stablehlo.reshape"(%655) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %657 = stablehlo.multiply %656, %358 : tensor<2x17xf32>
    %658 = "stablehlo.broadcast_in_dim"(%657) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %659 = stablehlo.add %649, %658 : tensor<2x17x64xf32>
    %660 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %661 = "stablehlo.reduce"(%659, %660) ({
    ^bb0(%662: tensor<f32>, %663: tensor<f32>):
      %664 = stablehlo.add %662, %663 : tensor<f32>
      "stablehlo.return"(%664) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %665 = "stablehlo.dot_general"(%659, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %666 = "stablehlo.dot_general"(%659, %347) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %667 = "stablehlo.reshape"(%665) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %668 = "stablehlo.transpose"(%667) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %669 = "stablehlo.dot_general"(%668, %321) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %670 = "stablehlo.dot_general"(%668, %344) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %671 = "stablehlo.transpose"(%670) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %672 = stablehlo.divide %669, %343 : tensor<2x4x17x17xf32>
    %673 = stablehlo.multiply %672, %344 : tensor<2x4x17x17xf32>
    %674 = stablehlo.negate %673 : tensor<2x4x17x17xf32>
    %675 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %676 = "stablehlo.reduce"(%674, %675) ({
    ^bb0(%677: tensor<f32>, %678: tensor<f32>):
      %679 = stablehlo.add %677, %678 : tensor<f32>
      "stablehlo.return"(%679) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %680 = "stablehlo.reshape"(%676) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %681 = "stablehlo.reshape"(%680) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %682 = "stablehlo.broadcast_in_dim"(%681) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %683 = stablehlo.add %672, %682 : tensor<2x4x17x17xf32>
    %684 = stablehlo.multiply %683, %335 : tensor<2x4x17x17xf32>
    %685 = stablehlo.negate %684 : tensor<2x4x17x17xf32>
    %686 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %687 = "stablehlo.reduce"(%685, %686) ({
    ^bb0(%688: tensor<f32>, %689: tensor<f32>):
      %690 = stablehlo.add %688, %689 : tensor<f32>
      "stablehlo.return"(%690) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %691 = "stablehlo.reshape"(%687) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %692 = "stablehlo.reshape"(%691) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %693 = "stablehlo.broadcast_in_dim"(%692) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %694 = "stablehlo.broadcast_in_dim"(%327) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %695 = "stablehlo.compare"(%325, %694) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xi1>
    %696 = "stablehlo.convert"(%695) : (tensor<2x4x17x17xi1>) -> tensor<2x4x17x17xf32>
    %697 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %698 = "stablehlo.reduce"(%696, %697) ({
    ^bb0(%699: tensor<f32>, %700: tensor<f32>):
      %701 = stablehlo.add %699, %700 : tensor<f32>
      "stablehlo.return"(%701) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %702 = "stablehlo.broadcast_in_dim"(%698) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %703 = stablehlo.multiply %693, %696 : tensor<2x4x17x17xf32>
    %704 = stablehlo.divide %703, %702 : tensor<2x4x17x17xf32>
    %705 = stablehlo.add %684, %704 : tensor<2x4x17x17xf32>
    %706 = stablehlo.multiply %705, %324 : tensor<2x4x17x17xf32>
    %707 = "stablehlo.dot_general"(%706, %316) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %708 = "stablehlo.dot_general"(%706, %311) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %709 = "stablehlo.transpose"(%671) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %710 = "stablehlo.reshape"(%709) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %711 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %712 = "stablehlo.reduce"(%710, %711) ({
    ^bb0(%713: tensor<f32>, %714: tensor<f32>):
      %715 = stablehlo.add %713, %714 : tensor<f32>
      "stablehlo.return"(%715) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %716 = "stablehlo.dot_general"(%710, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %717 = "stablehlo.dot_general"(%710, %306) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %718 = "stablehlo.transpose"(%708) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %719 = "stablehlo.reshape"(%718) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %720 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %721 = "stablehlo.reduce"(%719, %720) ({
    ^bb0(%722: tensor<f32>, %723: tensor<f32>):
      %724 = stablehlo.add %722, %723 : tensor<f32>
      "stablehlo.return"(%724) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %725 = "stablehlo.dot_general"(%719, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %726 = "stablehlo.dot_general"(%719, %306) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %727 = stablehlo.add %716, %725 : tensor<2x17x64xf32>
    %728 = "stablehlo.transpose"(%707) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %729 = "stablehlo.reshape"(%728) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %730 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %731 = "stablehlo.reduce"(%729, %730) ({
    ^bb0(%732: tensor<f32>, %733: tensor<f32>):
      %734 = stablehlo.add %732, %733 : tensor<f32>
      "stablehlo.return"(%734) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %735 = "stablehlo.dot_general"(%729, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %736 = "stablehlo.dot_general"(%729, %306) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %737 = stablehlo.add %727, %735 : tensor<2x17x64xf32>
    %738 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %739 = "stablehlo.reduce"(%737, %738) ({
    ^bb0(%740: tensor<f32>, %741: tensor<f32>):
      %742 = stablehlo.add %740, %741 : tensor<f32>
      "stablehlo.return"(%742) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %743 = stablehlo.multiply %737, %303 : tensor<2x17x64xf32>
    %744 = stablehlo.multiply %737, %302 : tensor<2x17x64xf32>
    %745 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %746 = "stablehlo.reduce"(%744, %745) ({
    ^bb0(%747: tensor<f32>, %748: tensor<f32>):
      %749 = stablehlo.add %747, %748 : tensor<f32>
      "stablehlo.return"(%749) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %750 = stablehlo.multiply %743, %301 : tensor<2x17x64xf32>
    %751 = stablehlo.multiply %743, %285 : tensor<2x17x64xf32>
    %752 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %753 = "stablehlo.reduce"(%751, %752) ({
    ^bb0(%754: tensor<f32>, %755: tensor<f32>):
      %756 = stablehlo.add %754, %755 : tensor<f32>
      "stablehlo.return"(%756) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %757 = "stablehlo.reshape"(%753) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %758 = stablehlo.divide %299, %298 : tensor<2x17x1xf32>
    %759 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %760 = "stablehlo.broadcast_in_dim"(%759) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %761 = stablehlo.multiply %758, %760 : tensor<2x17x1xf32>
    %762 = stablehlo.multiply %757, %761 : tensor<2x17x1xf32>
    %763 = "stablehlo.reshape"(%762) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %764 = stablehlo.multiply %763, %293 : tensor<2x17xf32>
    %765 = "stablehlo.broadcast_in_dim"(%764) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %766 = stablehlo.multiply %765, %285 : tensor<2x17x64xf32>
    %767 = stablehlo.multiply %765, %285 : tensor<2x17x64xf32>
    %768 = stablehlo.add %750, %766 : tensor<2x17x64xf32>
    %769 = stablehlo.add %768, %767 : tensor<2x17x64xf32>
    %770 = stablehlo.negate %769 : tensor<2x17x64xf32>
    %771 = stablehlo.add %659, %769 : tensor<2x17x64xf32>
    %772 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %773 = "stablehlo.reduce"(%770, %772) ({
    ^bb0(%774: tensor<f32>, %775: tensor<f32>):
      %776 = stablehlo.add %774, %775 : tensor<f32>
      "stablehlo.return"(%776) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %777 = "stablehlo.reshape"(%773) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %778 = "stablehlo.reshape"(%777) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %779 = stablehlo.multiply %778, %280 : tensor<2x17xf32>
    %780 = "stablehlo.broadcast_in_dim"(%779) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %781 = stablehlo.add %771, %780 : tensor<2x17x64xf32>
    %782 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %783 = "stablehlo.reduce"(%781, %782) ({
    ^bb0(%784: tensor<f32>, %785: tensor<f32>):
      %786 = stablehlo.add %784, %785 : tensor<f32>
      "stablehlo.return"(%786) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %787 = "stablehlo.dot_general"(%781, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %788 = "stablehlo.dot_general"(%781, %269) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %789 = stablehlo.multiply %787, %268 : tensor<2x17x128xf32>
    %790 = stablehlo.multiply %789, %265 : tensor<2x17x128xf32>
    %791 = stablehlo.multiply %789, %258 : tensor<2x17x128xf32>
    %792 = stablehlo.multiply %261, %261 : tensor<2x17x128xf32>
    %793 = stablehlo.negate %792 : tensor<2x17x128xf32>
    %794 = stablehlo.exponential %793 : tensor<2x17x128xf32>
    %795 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %796 = "stablehlo.broadcast_in_dim"(%795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %797 = stablehlo.multiply %794, %796 : tensor<2x17x128xf32>
    %798 = stablehlo.multiply %791, %797 : tensor<2x17x128xf32>
    %799 = stablehlo.multiply %798, %260 : tensor<2x17x128xf32>
    %800 = stablehlo.add %790, %799 : tensor<2x17x128xf32>
    %801 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %802 = "stablehlo.reduce"(%800, %801) ({
    ^bb0(%803: tensor<f32>, %804: tensor<f32>):
      %805 = stablehlo.add %803, %804 : tensor<f32>
      "stablehlo.return"(%805) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %806 = "stablehlo.dot_general"(%800, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %807 = "stablehlo.dot_general"(%800, %255) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %808 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %809 = "stablehlo.reduce"(%806, %808) ({
    ^bb0(%810: tensor<f32>, %811: tensor<f32>):
      %812 = stablehlo.add %810, %811 : tensor<f32>
      "stablehlo.return"(%812) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %813 = stablehlo.multiply %806, %252 : tensor<2x17x64xf32>
    %814 = stablehlo.multiply %806, %251 : tensor<2x17x64xf32>
    %815 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %816 = "stablehlo.reduce"(%814, %815) ({
    ^bb0(%817: tensor<f32>, %818: tensor<f32>):
      %819 = stablehlo.add %817, %818 : tensor<f32>
      "stablehlo.return"(%819) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %820 = stablehlo.multiply %813, %250 : tensor<2x17x64xf32>
    %821 = stablehlo.multiply %813, %234 : tensor<2x17x64xf32>
    %822 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %823 = "stablehlo.reduce"(%821, %822) ({
    ^bb0(%824: tensor<f32>, %825: tensor<f32>):
      %826 = stablehlo.add %824, %825 : tensor<f32>
      "stablehlo.return"(%826) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %827 = "stablehlo.reshape"(%823) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %828 = stablehlo.divide %248, %247 : tensor<2x17x1xf32>
    %829 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %830 = "stablehlo.broadcast_in_dim"(%829) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %831 = stablehlo.multiply %828, %830 : tensor<2x17x1xf32>
    %832 = stablehlo.multiply %827, %831 : tensor<2x17x1xf32>
    %833 = "stablehlo.reshape"(%832) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %834 = stablehlo.multiply %833, %242 : tensor<2x17xf32>
    %835 = "stablehlo.broadcast_in_dim"(%834) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %836 = stablehlo.multiply %835, %234 : tensor<2x17x64xf32>
    %837 = stablehlo.multiply %835, %234 : tensor<2x17x64xf32>
    %838 = stablehlo.add %820, %836 : tensor<2x17x64xf32>
    %839 = stablehlo.add %838, %837 : tensor<2x17x64xf32>
    %840 = stablehlo.negate %839 : tensor<2x17x64xf32>
    %841 = stablehlo.add %781, %839 : tensor<2x17x64xf32>
    %842 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %843 = "stablehlo.reduce"(%840, %842) ({
    ^bb0(%844: tensor<f32>, %845: tensor<f32>):
      %846 = stablehlo.add %844, %845 : tensor<f32>
      "stablehlo.return"(%846) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %847 = "stablehlo.reshape"(%843) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %848 = "stablehlo.reshape"(%847) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %849 = stablehlo.multiply %848, %229 : tensor<2x17xf32>
    %850 = "stablehlo.broadcast_in_dim"(%849) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %851 = stablehlo.add %841, %850 : tensor<2x17x64xf32>
    %852 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %853 = "stablehlo.reduce"(%851, %852) ({
    ^bb0(%854: tensor<f32>, %855: tensor<f32>):
      %856 = stablehlo.add %854, %855 : tensor<f32>
      "stablehlo.return"(%856) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %857 = "stablehlo.dot_general"(%851, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %858 = "stablehlo.dot_general"(%851, %218) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %859 = "stablehlo.reshape"(%857) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %860 = "stablehlo.transpose"(%859) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %861 = "stablehlo.dot_general"(%860, %192) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %862 = "stablehlo.dot_general"(%860, %215) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %863 = "stablehlo.transpose"(%862) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %864 = stablehlo.divide %861, %214 : tensor<2x4x17x17xf32>
    %865 = stablehlo.multiply %864, %215 : tensor<2x4x17x17xf32>
    %866 = stablehlo.negate %865 : tensor<2x4x17x17xf32>
    %867 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %868 = "stablehlo.reduce"(%866, %867) ({
    ^bb0(%869: tensor<f32>, %870: tensor<f32>):
      %871 = stablehlo.add %869, %870 : tensor<f32>
      "stablehlo.return"(%871) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %872 = "stablehlo.reshape"(%868) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %873 = "stablehlo.reshape"(%872) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %874 = "stablehlo.broadcast_in_dim"(%873) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %875 = stablehlo.add %864, %874 : tensor<2x4x17x17xf32>
    %876 = stablehlo.multiply %875, %206 : tensor<2x4x17x17xf32>
    %877 = stablehlo.negate %876 : tensor<2x4x17x17xf32>
    %878 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %879 = "stablehlo.reduce"(%877, %878) ({
    ^bb0(%880: tensor<f32>, %881: tensor<f32>):
      %882 = stablehlo.add %880, %881 : tensor<f32>
      "stablehlo.return"(%882) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %883 = "stablehlo.reshape"(%879) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %884 = "stablehlo.reshape"(%883) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %885 = "stablehlo.broadcast_in_dim"(%884) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %886 = "stablehlo.broadcast_in_dim"(%198) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %887 = "stablehlo.compare"(%196, %886) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xi1>
    %888 = "stablehlo.convert"(%887) : (tensor<2x4x17x17xi1>) -> tensor<2x4x17x17xf32>
    %889 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %890 = "stablehlo.reduce"(%888, %889) ({
    ^bb0(%891: tensor<f32>, %892: tensor<f32>):
      %893 = stablehlo.add %891, %892 : tensor<f32>
      "stablehlo.return"(%893) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %894 = "stablehlo.broadcast_in_dim"(%890) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %895 = stablehlo.multiply %885, %888 : tensor<2x4x17x17xf32>
    %896 = stablehlo.divide %895, %894 : tensor<2x4x17x17xf32>
    %897 = stablehlo.add %876, %896 : tensor<2x4x17x17xf32>
    %898 = stablehlo.multiply %897, %195 : tensor<2x4x17x17xf32>
    %899 = "stablehlo.dot_general"(%898, %187) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %900 = "stablehlo.dot_general"(%898, %182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %901 = "stablehlo.transpose"(%863) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %902 = "stablehlo.reshape"(%901) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %903 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %904 = "stablehlo.reduce"(%902, %903) ({
    ^bb0(%905: tensor<f32>, %906: tensor<f32>):
      %907 = stablehlo.add %905, %906 : tensor<f32>
      "stablehlo.return"(%907) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %908 = "stablehlo.dot_general"(%902, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %909 = "stablehlo.dot_general"(%902, %177) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %910 = "stablehlo.transpose"(%900) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %911 = "stablehlo.reshape"(%910) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %912 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %913 = "stablehlo.reduce"(%911, %912) ({
    ^bb0(%914: tensor<f32>, %915: tensor<f32>):
      %916 = stablehlo.add %914, %915 : tensor<f32>
      "stablehlo.return"(%916) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %917 = "stablehlo.dot_general"(%911, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %918 = "stablehlo.dot_general"(%911, %177) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %919 = stablehlo.add %908, %917 : tensor<2x17x64xf32>
    %920 = "stablehlo.transpose"(%899) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %921 = "stablehlo.reshape"(%920) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %922 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %923 = "stablehlo.reduce"(%921, %922) ({
    ^bb0(%924: tensor<f32>, %925: tensor<f32>):
      %926 = stablehlo.add %924, %925 : tensor<f32>
      "stablehlo.return"(%926) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %927 = "stablehlo.dot_general"(%921, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %928 = "stablehlo.dot_general"(%921, %177) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %929 = stablehlo.add %919, %927 : tensor<2x17x64xf32>
    %930 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %931 = "stablehlo.reduce"(%929, %930) ({
    ^bb0(%932: tensor<f32>, %933: tensor<f32>):
      %934 = stablehlo.add %932, %933 : tensor<f32>
      "stablehlo.return"(%934) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %935 = stablehlo.multiply %929, %174 : tensor<2x17x64xf32>
    %936 = stablehlo.multiply %929, %173 : tensor<2x17x64xf32>
    %937 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %938 = "stablehlo.reduce"(%936, %937) ({
    ^bb0(%939: tensor<f32>, %940: tensor<f32>):
      %941 = stablehlo.add %939, %940 : tensor<f32>
      "stablehlo.return"(%941) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %942 = stablehlo.multiply %935, %172 : tensor<2x17x64xf32>
    %943 = stablehlo.multiply %935, %156 : tensor<2x17x64xf32>
    %944 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %945 = "stablehlo.reduce"(%943, %944) ({
    ^bb0(%946: tensor<f32>, %947: tensor<f32>):
      %948 = stablehlo.add %946, %947 : tensor<f32>
      "stablehlo.return"(%948) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %949 = "stablehlo.reshape"(%945) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %950 = stablehlo.divide %170, %169 : tensor<2x17x1xf32>
    %951 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %952 = "stablehlo.broadcast_in_dim"(%951) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %953 = stablehlo.multiply %950, %952 : tensor<2x17x1xf32>
    %954 = stablehlo.multiply %949, %953 : tensor<2x17x1xf32>
    %955 = "stablehlo.reshape"(%954) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %956 = stablehlo.multiply %955, %164 : tensor<2x17xf32>
    %957 = "stablehlo.broadcast_in_dim"(%956) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %958 = stablehlo.multiply %957, %156 : tensor<2x17x64xf32>
    %959 = stablehlo.multiply %957, %156 : tensor<2x17x64xf32>
    %960 = stablehlo.add %942, %958 : tensor<2x17x64xf32>
    %961 = stablehlo.add %960, %959 : tensor<2x17x64xf32>
    %962 = stablehlo.negate %961 : tensor<2x17x64xf32>
    %963 = stablehlo.add %851, %961 : tensor<2x17x64xf32>
    %964 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %965 = "stablehlo.reduce"(%962, %964) ({
    ^bb0(%966: tensor<f32>, %967: tensor<f32>):
      %968 = stablehlo.add %966, %967 : tensor<f32>
      "stablehlo.return"(%968) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %969 = "stablehlo.reshape"(%965) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %970 = "stablehlo.reshape"(%969) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %971 = stablehlo.multiply %970, %151 : tensor<2x17xf32>
    %972 = "stablehlo.broadcast_in_dim"(%971) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %973 = stablehlo.add %963, %972 : tensor<2x17x64xf32>
    %974 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %975 = "stablehlo.reduce"(%973, %974) ({
    ^bb0(%976: tensor<f32>, %977: tensor<f32>):
      %978 = stablehlo.add %976, %977 : tensor<f32>
      "stablehlo.return"(%978) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<17x64xf32>
    %979 = "stablehlo.reshape"(%975) : (tensor<17x64xf32>) -> tensor<1x17x64xf32>
    %980 = "stablehlo.slice"(%973) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %981 = "stablehlo.slice"(%973) {limit_indices = array<i64: 2, 17, 64>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x16x64xf32>
    %982 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %983 = "stablehlo.reduce"(%980, %982) ({
    ^bb0(%984: tensor<f32>, %985: tensor<f32>):
      %986 = stablehlo.add %984, %985 : tensor<f32>
      "stablehlo.return"(%986) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %987 = "stablehlo.reshape"(%983) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %988 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %989 = "stablehlo.reduce"(%981, %988) ({
    ^bb0(%990: tensor<f32>, %991: tensor<f32>):
      %992 = stablehlo.add %990, %991 : tensor<f32>
      "stablehlo.return"(%992) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<64xf32>
    %993 = "stablehlo.dot_general"(%981, %134) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x16x64xf32>, tensor<2x16x192xf32>) -> tensor<64x192xf32>
    %994 = "stablehlo.reshape"(%993) : (tensor<64x192xf32>) -> tensor<64x3x8x8xf32>
    %995 = stablehlo.multiply %987, %987 : tensor<1x1x64xf32>
    %996 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %997 = "stablehlo.reduce"(%995, %996) ({
    ^bb0(%998: tensor<f32>, %999: tensor<f32>):
      %1000 = stablehlo.add %998, %999 : tensor<f32>
      "stablehlo.return"(%1000) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<f32>
    %1001 = stablehlo.multiply %979, %979 : tensor<1x17x64xf32>
    %1002 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1003 = "stablehlo.reduce"(%1001, %1002) ({
    ^bb0(%1004: tensor<f32>, %1005: tensor<f32>):
      %1006 = stablehlo.add %1004, %1005 : tensor<f32>
      "stablehlo.return"(%1006) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x17x64xf32>, tensor<f32>) -> tensor<f32>
    %1007 = stablehlo.add %997, %1003 : tensor<f32>
    %1008 = stablehlo.multiply %994, %994 : tensor<64x3x8x8xf32>
    %1009 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1010 = "stablehlo.reduce"(%1008, %1009) ({
    ^bb0(%1011: tensor<f32>, %1012: tensor<f32>):
      %1013 = stablehlo.add %1011, %1012 : tensor<f32>
      "stablehlo.return"(%1013) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x3x8x8xf32>, tensor<f32>) -> tensor<f32>
    %1014 = stablehlo.add %1007, %1010 : tensor<f32>
    %1015 = stablehlo.multiply %989, %989 : tensor<64xf32>
    %1016 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1017 = "stablehlo.reduce"(%1015, %1016) ({
    ^bb0(%1018: tensor<f32>, %1019: tensor<f32>):
      %1020 = stablehlo.add %1018, %1019 : tensor<f32>
      "stablehlo.return"(%1020) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1021 = stablehlo.add %1014, %1017 : tensor<f32>
    %1022 = stablehlo.multiply %938, %938 : tensor<64xf32>
    %1023 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1024 = "stablehlo.reduce"(%1022, %1023) ({
    ^bb0(%1025: tensor<f32>, %1026: tensor<f32>):
      %1027 = stablehlo.add %1025, %1026 : tensor<f32>
      "stablehlo.return"(%1027) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1028 = stablehlo.add %1021, %1024 : tensor<f32>
    %1029 = stablehlo.multiply %931, %931 : tensor<64xf32>
    %1030 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1031 = "stablehlo.reduce"(%1029, %1030) ({
    ^bb0(%1032: tensor<f32>, %1033: tensor<f32>):
      %1034 = stablehlo.add %1032, %1033 : tensor<f32>
      "stablehlo.return"(%1034) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1035 = stablehlo.add %1028, %1031 : tensor<f32>
    %1036 = stablehlo.multiply %928, %928 : tensor<64x64xf32>
    %1037 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1038 = "stablehlo.reduce"(%1036, %1037) ({
    ^bb0(%1039: tensor<f32>, %1040: tensor<f32>):
      %1041 = stablehlo.add %1039, %1040 : tensor<f32>
      "stablehlo.return"(%1041) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1042 = stablehlo.add %1035, %1038 : tensor<f32>
    %1043 = stablehlo.multiply %923, %923 : tensor<64xf32>
    %1044 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1045 = "stablehlo.reduce"(%1043, %1044) ({
    ^bb0(%1046: tensor<f32>, %1047: tensor<f32>):
      %1048 = stablehlo.add %1046, %1047 : tensor<f32>
      "stablehlo.return"(%1048) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1049 = stablehlo.add %1042, %1045 : tensor<f32>
    %1050 = stablehlo.multiply %918, %918 : tensor<64x64xf32>
    %1051 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1052 = "stablehlo.reduce"(%1050, %1051) ({
    ^bb0(%1053: tensor<f32>, %1054: tensor<f32>):
      %1055 = stablehlo.add %1053, %1054 : tensor<f32>
      "stablehlo.return"(%1055) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1056 = stablehlo.add %1049, %1052 : tensor<f32>
    %1057 = stablehlo.multiply %913, %913 : tensor<64xf32>
    %1058 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1059 = "stablehlo.reduce"(%1057, %1058) ({
    ^bb0(%1060: tensor<f32>, %1061: tensor<f32>):
      %1062 = stablehlo.add %1060, %1061 : tensor<f32>
      "stablehlo.return"(%1062) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1063 = stablehlo.add %1056, %1059 : tensor<f32>
    %1064 = stablehlo.multiply %909, %909 : tensor<64x64xf32>
    %1065 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1066 = "stablehlo.reduce"(%1064, %1065) ({
    ^bb0(%1067: tensor<f32>, %1068: tensor<f32>):
      %1069 = stablehlo.add %1067, %1068 : tensor<f32>
      "stablehlo.return"(%1069) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1070 = stablehlo.add %1063, %1066 : tensor<f32>
    %1071 = stablehlo.multiply %904, %904 : tensor<64xf32>
    %1072 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1073 = "stablehlo.reduce"(%1071, %1072) ({
    ^bb0(%1074: tensor<f32>, %1075: tensor<f32>):
      %1076 = stablehlo.add %1074, %1075 : tensor<f32>
      "stablehlo.return"(%1076) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1077 = stablehlo.add %1070, %1073 : tensor<f32>
    %1078 = stablehlo.multiply %858, %858 : tensor<64x64xf32>
    %1079 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1080 = "stablehlo.reduce"(%1078, %1079) ({
    ^bb0(%1081: tensor<f32>, %1082: tensor<f32>):
      %1083 = stablehlo.add %1081, %1082 : tensor<f32>
      "stablehlo.return"(%1083) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1084 = stablehlo.add %1077, %1080 : tensor<f32>
    %1085 = stablehlo.multiply %853, %853 : tensor<64xf32>
    %1086 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1087 = "stablehlo.reduce"(%1085, %1086) ({
    ^bb0(%1088: tensor<f32>, %1089: tensor<f32>):
      %1090 = stablehlo.add %1088, %1089 : tensor<f32>
      "stablehlo.return"(%1090) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1091 = stablehlo.add %1084, %1087 : tensor<f32>
    %1092 = stablehlo.multiply %816, %816 : tensor<64xf32>
    %1093 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1094 = "stablehlo.reduce"(%1092, %1093) ({
    ^bb0(%1095: tensor<f32>, %1096: tensor<f32>):
      %1097 = stablehlo.add %1095, %1096 : tensor<f32>
      "stablehlo.return"(%1097) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1098 = stablehlo.add %1091, %1094 : tensor<f32>
    %1099 = stablehlo.multiply %809, %809 : tensor<64xf32>
    %1100 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1101 = "stablehlo.reduce"(%1099, %1100) ({
    ^bb0(%1102: tensor<f32>, %1103: tensor<f32>):
      %1104 = stablehlo.add %1102, %1103 : tensor<f32>
      "stablehlo.return"(%1104) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1105 = stablehlo.add %1098, %1101 : tensor<f32>
    %1106 = stablehlo.multiply %807, %807 : tensor<128x64xf32>
    %1107 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1108 = "stablehlo.reduce"(%1106, %1107) ({
    ^bb0(%1109: tensor<f32>, %1110: tensor<f32>):
      %1111 = stablehlo.add %1109, %1110 : tensor<f32>
      "stablehlo.return"(%1111) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1112 = stablehlo.add %1105, %1108 : tensor<f32>
    %1113 = stablehlo.multiply %802, %802 : tensor<128xf32>
    %1114 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1115 = "stablehlo.reduce"(%1113, %1114) ({
    ^bb0(%1116: tensor<f32>, %1117: tensor<f32>):
      %1118 = stablehlo.add %1116, %1117 : tensor<f32>
      "stablehlo.return"(%1118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1119 = stablehlo.add %1112, %1115 : tensor<f32>
    %1120 = stablehlo.multiply %788, %788 : tensor<64x128xf32>
    %1121 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1122 = "stablehlo.reduce"(%1120, %1121) ({
    ^bb0(%1123: tensor<f32>, %1124: tensor<f32>):
      %1125 = stablehlo.add %1123, %1124 : tensor<f32>
      "stablehlo.return"(%1125) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1126 = stablehlo.add %1119, %1122 : tensor<f32>
    %1127 = stablehlo.multiply %783, %783 : tensor<64xf32>
    %1128 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1129 = "stablehlo.reduce"(%1127, %1128) ({
    ^bb0(%1130: tensor<f32>, %1131: tensor<f32>):
      %1132 = stablehlo.add %1130, %1131 : tensor<f32>
      "stablehlo.return"(%1132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1133 = stablehlo.add %1126, %1129 : tensor<f32>
    %1134 = stablehlo.multiply %746, %746 : tensor<64xf32>
    %1135 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1136 = "stablehlo.reduce"(%1134, %1135) ({
    ^bb0(%1137: tensor<f32>, %1138: tensor<f32>):
      %1139 = stablehlo.add %1137, %1138 : tensor<f32>
      "stablehlo.return"(%1139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1140 = stablehlo.add %1133, %1136 : tensor<f32>
    %1141 = stablehlo.multiply %739, %739 : tensor<64xf32>
    %1142 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1143 = "stablehlo.reduce"(%1141, %1142) ({
    ^bb0(%1144: tensor<f32>, %1145: tensor<f32>):
      %1146 = stablehlo.add %1144, %1145 : tensor<f32>
      "stablehlo.return"(%1146) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1147 = stablehlo.add %1140, %1143 : tensor<f32>
    %1148 = stablehlo.multiply %736, %736 : tensor<64x64xf32>
    %1149 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1150 = "stablehlo.reduce"(%1148, %1149) ({
    ^bb0(%1151: tensor<f32>, %1152: tensor<f32>):
      %1153 = stablehlo.add %1151, %1152 : tensor<f32>
      "stablehlo.return"(%1153) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1154 = stablehlo.add %1147, %1150 : tensor<f32>
    %1155 = stablehlo.multiply %731, %731 : tensor<64xf32>
    %1156 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1157 = "stablehlo.reduce"(%1155, %1156) ({
    ^bb0(%1158: tensor<f32>, %1159: tensor<f32>):
      %1160 = stablehlo.add %1158, %1159 : tensor<f32>
      "stablehlo.return"(%1160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1161 = stablehlo.add %1154, %1157 : tensor<f32>
    %1162 = stablehlo.multiply %726, %726 : tensor<64x64xf32>
    %1163 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1164 = "stablehlo.reduce"(%1162, %1163) ({
    ^bb0(%1165: tensor<f32>, %1166: tensor<f32>):
      %1167 = stablehlo.add %1165, %1166 : tensor<f32>
      "stablehlo.return"(%1167) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1168 = stablehlo.add %1161, %1164 : tensor<f32>
    %1169 = stablehlo.multiply %721, %721 : tensor<64xf32>
    %1170 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1171 = "stablehlo.reduce"(%1169, %1170) ({
    ^bb0(%1172: tensor<f32>, %1173: tensor<f32>):
      %1174 = stablehlo.add %1172, %1173 : tensor<f32>
      "stablehlo.return"(%1174) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1175 = stablehlo.add %1168, %1171 : tensor<f32>
    %1176 = stablehlo.multiply %717, %717 : tensor<64x64xf32>
    %1177 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1178 = "stablehlo.reduce"(%1176, %1177) ({
    ^bb0(%1179: tensor<f32>, %1180: tensor<f32>):
      %1181 = stablehlo.add %1179, %1180 : tensor<f32>
      "stablehlo.return"(%1181) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1182 = stablehlo.add %1175, %1178 : tensor<f32>
    %1183 = stablehlo.multiply %712, %712 : tensor<64xf32>
    %1184 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1185 = "stablehlo.reduce"(%1183, %1184) ({
    ^bb0(%1186: tensor<f32>, %1187: tensor<f32>):
      %1188 = stablehlo.add %1186, %1187 : tensor<f32>
      "stablehlo.return"(%1188) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1189 = stablehlo.add %1182, %1185 : tensor<f32>
    %1190 = stablehlo.multiply %666, %666 : tensor<64x64xf32>
    %1191 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1192 = "stablehlo.reduce"(%1190, %1191) ({
    ^bb0(%1193: tensor<f32>, %1194: tensor<f32>):
      %1195 = stablehlo.add %1193, %1194 : tensor<f32>
      "stablehlo.return"(%1195) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1196 = stablehlo.add %1189, %1192 : tensor<f32>
    %1197 = stablehlo.multiply %661, %661 : tensor<64xf32>
    %1198 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1199 = "stablehlo.reduce"(%1197, %1198) ({
    ^bb0(%1200: tensor<f32>, %1201: tensor<f32>):
      %1202 = stablehlo.add %1200, %1201 : tensor<f32>
      "stablehlo.return"(%1202) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1203 = stablehlo.add %1196, %1199 : tensor<f32>
    %1204 = stablehlo.multiply %624, %624 : tensor<64xf32>
    %1205 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1206 = "stablehlo.reduce"(%1204, %1205) ({
    ^bb0(%1207: tensor<f32>, %1208: tensor<f32>):
      %1209 = stablehlo.add %1207, %1208 : tensor<f32>
      "stablehlo.return"(%1209) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1210 = stablehlo.add %1203, %1206 : tensor<f32>
    %1211 = stablehlo.multiply %617, %617 : tensor<64xf32>
    %1212 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1213 = "stablehlo.reduce"(%1211, %1212) ({
    ^bb0(%1214: tensor<f32>, %1215: tensor<f32>):
      %1216 = stablehlo.add %1214, %1215 : tensor<f32>
      "stablehlo.return"(%1216) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1217 = stablehlo.add %1210, %1213 : tensor<f32>
    %1218 = stablehlo.multiply %615, %615 : tensor<128x64xf32>
    %1219 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1220 = "stablehlo.reduce"(%1218, %1219) ({
    ^bb0(%1221: tensor<f32>, %1222: tensor<f32>):
      %1223 = stablehlo.add %1221, %1222 : tensor<f32>
      "stablehlo.return"(%1223) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1224 = stablehlo.add %1217, %1220 : tensor<f32>
    %1225 = stablehlo.multiply %610, %610 : tensor<128xf32>
    %1226 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1227 = "stablehlo.reduce"(%1225, %1226) ({
    ^bb0(%1228: tensor<f32>, %1229: tensor<f32>):
      %1230 = stablehlo.add %1228, %1229 : tensor<f32>
      "stablehlo.return"(%1230) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1231 = stablehlo.add %1224, %1227 : tensor<f32>
    %1232 = stablehlo.multiply %596, %596 : tensor<64x128xf32>
    %1233 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1234 = "stablehlo.reduce"(%1232, %1233) ({
    ^bb0(%1235: tensor<f32>, %1236: tensor<f32>):
      %1237 = stablehlo.add %1235, %1236 : tensor<f32>
      "stablehlo.return"(%1237) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1238 = stablehlo.add %1231, %1234 : tensor<f32>
    %1239 = stablehlo.multiply %591, %591 : tensor<64xf32>
    %1240 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1241 = "stablehlo.reduce"(%1239, %1240) ({
    ^bb0(%1242: tensor<f32>, %1243: tensor<f32>):
      %1244 = stablehlo.add %1242, %1243 : tensor<f32>
      "stablehlo.return"(%1244) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1245 = stablehlo.add %1238, %1241 : tensor<f32>
    %1246 = stablehlo.multiply %555, %555 : tensor<64xf32>
    %1247 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1248 = "stablehlo.reduce"(%1246, %1247) ({
    ^bb0(%1249: tensor<f32>, %1250: tensor<f32>):
      %1251 = stablehlo.add %1249, %1250 : tensor<f32>
      "stablehlo.return"(%1251) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1252 = stablehlo.add %1245, %1248 : tensor<f32>
    %1253 = stablehlo.multiply %548, %548 : tensor<64xf32>
    %1254 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1255 = "stablehlo.reduce"(%1253, %1254) ({
    ^bb0(%1256: tensor<f32>, %1257: tensor<f32>):
      %1258 = stablehlo.add %1256, %1257 : tensor<f32>
      "stablehlo.return"(%1258) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1259 = stablehlo.add %1252, %1255 : tensor<f32>
    %1260 = stablehlo.multiply %543, %543 : tensor<5x64xf32>
    %1261 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1262 = "stablehlo.reduce"(%1260, %1261) ({
    ^bb0(%1263: tensor<f32>, %1264: tensor<f32>):
      %1265 = stablehlo.add %1263, %1264 : tensor<f32>
      "stablehlo.return"(%1265) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<5x64xf32>, tensor<f32>) -> tensor<f32>
    %1266 = stablehlo.add %1259, %1262 : tensor<f32>
    %1267 = stablehlo.multiply %538, %538 : tensor<5xf32>
    %1268 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1269 = "stablehlo.reduce"(%1267, %1268) ({
    ^bb0(%1270: tensor<f32>, %1271: tensor<f32>):
      %1272 = stablehlo.add %1270, %1271 : tensor<f32>
      "stablehlo.return"(%1272) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %1273 = stablehlo.add %1266, %1269 : tensor<f32>
    %1274 = stablehlo.sqrt %1273 : tensor<f32>
    %1275 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1276 = "stablehlo.compare"(%1274, %1275) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1277 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1278 = "stablehlo.broadcast_in_dim"(%1277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1279 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1280 = stablehlo.divide %1279, %1274 : tensor<f32>
    %1281 = "stablehlo.select"(%1276, %1278, %1280) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1282 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1283 = stablehlo.multiply %987, %1282 : tensor<1x1x64xf32>
    %1284 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1285 = stablehlo.multiply %979, %1284 : tensor<1x17x64xf32>
    %1286 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1287 = stablehlo.multiply %994, %1286 : tensor<64x3x8x8xf32>
    %1288 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1289 = stablehlo.multiply %989, %1288 : tensor<64xf32>
    %1290 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1291 = stablehlo.multiply %938, %1290 : tensor<64xf32>
    %1292 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1293 = stablehlo.multiply %931, %1292 : tensor<64xf32>
    %1294 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1295 = stablehlo.multiply %928, %1294 : tensor<64x64xf32>
    %1296 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1297 = stablehlo.multiply %923, %1296 : tensor<64xf32>
    %1298 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1299 = stablehlo.multiply %918, %1298 : tensor<64x64xf32>
    %1300 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1301 = stablehlo.multiply %913, %1300 : tensor<64xf32>
    %1302 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1303 = stablehlo.multiply %909, %1302 : tensor<64x64xf32>
    %1304 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1305 = stablehlo.multiply %904, %1304 : tensor<64xf32>
    %1306 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1307 = stablehlo.multiply %858, %1306 : tensor<64x64xf32>
    %1308 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1309 = stablehlo.multiply %853, %1308 : tensor<64xf32>
    %1310 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1311 = stablehlo.multiply %816, %1310 : tensor<64xf32>
    %1312 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1313 = stablehlo.multiply %809, %1312 : tensor<64xf32>
    %1314 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1315 = stablehlo.multiply %807, %1314 : tensor<128x64xf32>
    %1316 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1317 = stablehlo.multiply %802, %1316 : tensor<128xf32>
    %1318 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1319 = stablehlo.multiply %788, %1318 : tensor<64x128xf32>
    %1320 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1321 = stablehlo.multiply %783, %1320 : tensor<64xf32>
    %1322 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1323 = stablehlo.multiply %746, %1322 : tensor<64xf32>
    %1324 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1325 = stablehlo.multiply %739, %1324 : tensor<64xf32>
    %1326 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1327 = stablehlo.multiply %736, %1326 : tensor<64x64xf32>
    %1328 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1329 = stablehlo.multiply %731, %1328 : tensor<64xf32>
    %1330 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1331 = stablehlo.multiply %726, %1330 : tensor<64x64xf32>
    %1332 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1333 = stablehlo.multiply %721, %1332 : tensor<64xf32>
    %1334 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1335 = stablehlo.multiply %717, %1334 : tensor<64x64xf32>
    %1336 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1337 = stablehlo.multiply %712, %1336 : tensor<64xf32>
    %1338 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1339 = stablehlo.multiply %666, %1338 : tensor<64x64xf32>
    %1340 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1341 = stablehlo.multiply %661, %1340 : tensor<64xf32>
    %1342 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1343 = stablehlo.multiply %624, %1342 : tensor<64xf32>
    %1344 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1345 = stablehlo.multiply %617, %1344 : tensor<64xf32>
    %1346 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1347 = stablehlo.multiply %615, %1346 : tensor<128x64xf32>
    %1348 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1349 = stablehlo.multiply %610, %1348 : tensor<128xf32>
    %1350 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1351 = stablehlo.multiply %596, %1350 : tensor<64x128xf32>
    %1352 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1353 = stablehlo.multiply %591, %1352 : tensor<64xf32>
    %1354 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1355 = stablehlo.multiply %555, %1354 : tensor<64xf32>
    %1356 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1357 = stablehlo.multiply %548, %1356 : tensor<64xf32>
    %1358 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %1359 = stablehlo.multiply %543, %1358 : tensor<5x64xf32>
    %1360 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %1361 = stablehlo.multiply %538, %1360 : tensor<5xf32>
    %1362 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<f32>
    %1363 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1364 = stablehlo.multiply %1362, %1363 : tensor<f32>
    %1365 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %1366 = stablehlo.add %1362, %1365 : tensor<f32>
    %1367 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %1368 = stablehlo.minimum %1366, %1367 : tensor<f32>
    %1369 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %1370 = stablehlo.multiply %1368, %1369 : tensor<f32>
    %1371 = stablehlo.cosine %1370 : tensor<f32>
    %1372 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1373 = stablehlo.add %1371, %1372 : tensor<f32>
    %1374 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %1375 = stablehlo.multiply %1373, %1374 : tensor<f32>
    %1376 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %1377 = "stablehlo.compare"(%1362, %1376) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1378 = "stablehlo.select"(%1377, %1364, %1375) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1379 = stablehlo.constant dense<1> : tensor<i32>
    %1380 = stablehlo.add %arg120, %1379 : tensor<i32>
    %1381 = "stablehlo.convert"(%1380) : (tensor<i32>) -> tensor<f32>
    %1382 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1383 = "stablehlo.broadcast_in_dim"(%1382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1384 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1385 = stablehlo.power %1384, %1381 : tensor<f32>
    %1386 = stablehlo.subtract %1383, %1385 : tensor<f32>
    %1387 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1388 = "stablehlo.broadcast_in_dim"(%1387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1389 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1390 = stablehlo.power %1389, %1381 : tensor<f32>
    %1391 = stablehlo.subtract %1388, %1390 : tensor<f32>
    %1392 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1393 = "stablehlo.broadcast_in_dim"(%1392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1394 = stablehlo.multiply %arg40, %1393 : tensor<1x1x64xf32>
    %1395 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1397 = stablehlo.multiply %1283, %1396 : tensor<1x1x64xf32>
    %1398 = stablehlo.add %1394, %1397 : tensor<1x1x64xf32>
    %1399 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1400 = "stablehlo.broadcast_in_dim"(%1399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1401 = stablehlo.multiply %arg80, %1400 : tensor<1x1x64xf32>
    %1402 = stablehlo.multiply %1283, %1283 : tensor<1x1x64xf32>
    %1403 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1404 = "stablehlo.broadcast_in_dim"(%1403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1405 = stablehlo.multiply %1402, %1404 : tensor<1x1x64xf32>
    %1406 = stablehlo.add %1401, %1405 : tensor<1x1x64xf32>
    %1407 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1408 = stablehlo.divide %1398, %1407 : tensor<1x1x64xf32>
    %1409 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1410 = stablehlo.divide %1406, %1409 : tensor<1x1x64xf32>
    %1411 = stablehlo.sqrt %1410 : tensor<1x1x64xf32>
    %1412 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1413 = "stablehlo.broadcast_in_dim"(%1412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1414 = stablehlo.add %1411, %1413 : tensor<1x1x64xf32>
    %1415 = stablehlo.divide %1408, %1414 : tensor<1x1x64xf32>
    %1416 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1417 = stablehlo.multiply %1415, %1416 : tensor<1x1x64xf32>
    %1418 = stablehlo.subtract %arg0, %1417 : tensor<1x1x64xf32>
    %1419 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1420 = "stablehlo.broadcast_in_dim"(%1419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1421 = stablehlo.multiply %arg41, %1420 : tensor<1x17x64xf32>
    %1422 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1423 = "stablehlo.broadcast_in_dim"(%1422) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1424 = stablehlo.multiply %1285, %1423 : tensor<1x17x64xf32>
    %1425 = stablehlo.add %1421, %1424 : tensor<1x17x64xf32>
    %1426 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1427 = "stablehlo.broadcast_in_dim"(%1426) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1428 = stablehlo.multiply %arg81, %1427 : tensor<1x17x64xf32>
    %1429 = stablehlo.multiply %1285, %1285 : tensor<1x17x64xf32>
    %1430 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1431 = "stablehlo.broadcast_in_dim"(%1430) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1432 = stablehlo.multiply %1429, %1431 : tensor<1x17x64xf32>
    %1433 = stablehlo.add %1428, %1432 : tensor<1x17x64xf32>
    %1434 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1435 = stablehlo.divide %1425, %1434 : tensor<1x17x64xf32>
    %1436 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1437 = stablehlo.divide %1433, %1436 : tensor<1x17x64xf32>
    %1438 = stablehlo.sqrt %1437 : tensor<1x17x64xf32>
    %1439 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1440 = "stablehlo.broadcast_in_dim"(%1439) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1441 = stablehlo.add %1438, %1440 : tensor<1x17x64xf32>
    %1442 = stablehlo.divide %1435, %1441 : tensor<1x17x64xf32>
    %1443 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1444 = stablehlo.multiply %1442, %1443 : tensor<1x17x64xf32>
    %1445 = stablehlo.subtract %arg1, %1444 : tensor<1x17x64xf32>
    %1446 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1447 = "stablehlo.broadcast_in_dim"(%1446) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1448 = stablehlo.multiply %arg42, %1447 : tensor<64x3x8x8xf32>
    %1449 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1450 = "stablehlo.broadcast_in_dim"(%1449) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1451 = stablehlo.multiply %1287, %1450 : tensor<64x3x8x8xf32>
    %1452 = stablehlo.add %1448, %1451 : tensor<64x3x8x8xf32>
    %1453 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1454 = "stablehlo.broadcast_in_dim"(%1453) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1455 = stablehlo.multiply %arg82, %1454 : tensor<64x3x8x8xf32>
    %1456 = stablehlo.multiply %1287, %1287 : tensor<64x3x8x8xf32>
    %1457 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1458 = "stablehlo.broadcast_in_dim"(%1457) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1459 = stablehlo.multiply %1456, %1458 : tensor<64x3x8x8xf32>
    %1460 = stablehlo.add %1455, %1459 : tensor<64x3x8x8xf32>
    %1461 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1462 = stablehlo.divide %1452, %1461 : tensor<64x3x8x8xf32>
    %1463 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1464 = stablehlo.divide %1460, %1463 : tensor<64x3x8x8xf32>
    %1465 = stablehlo.sqrt %1464 : tensor<64x3x8x8xf32>
    %1466 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1467 = "stablehlo.broadcast_in_dim"(%1466) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1468 = stablehlo.add %1465, %1467 : tensor<64x3x8x8xf32>
    %1469 = stablehlo.divide %1462, %1468 : tensor<64x3x8x8xf32>
    %1470 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1471 = "stablehlo.broadcast_in_dim"(%1470) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1472 = stablehlo.multiply %arg2, %1471 : tensor<64x3x8x8xf32>
    %1473 = stablehlo.add %1469, %1472 : tensor<64x3x8x8xf32>
    %1474 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1475 = stablehlo.multiply %1473, %1474 : tensor<64x3x8x8xf32>
    %1476 = stablehlo.subtract %arg2, %1475 : tensor<64x3x8x8xf32>
    %1477 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1478 = "stablehlo.broadcast_in_dim"(%1477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1479 = stablehlo.multiply %arg43, %1478 : tensor<64xf32>
    %1480 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1481 = "stablehlo.broadcast_in_dim"(%1480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1482 = stablehlo.multiply %1289, %1481 : tensor<64xf32>
    %1483 = stablehlo.add %1479, %1482 : tensor<64xf32>
    %1484 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1485 = "stablehlo.broadcast_in_dim"(%1484) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1486 = stablehlo.multiply %arg83, %1485 : tensor<64xf32>
    %1487 = stablehlo.multiply %1289, %1289 : tensor<64xf32>
    %1488 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1489 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1490 = stablehlo.multiply %1487, %1489 : tensor<64xf32>
    %1491 = stablehlo.add %1486, %1490 : tensor<64xf32>
    %1492 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1493 = stablehlo.divide %1483, %1492 : tensor<64xf32>
    %1494 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1495 = stablehlo.divide %1491, %1494 : tensor<64xf32>
    %1496 = stablehlo.sqrt %1495 : tensor<64xf32>
    %1497 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1498 = "stablehlo.broadcast_in_dim"(%1497) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1499 = stablehlo.add %1496, %1498 : tensor<64xf32>
    %1500 = stablehlo.divide %1493, %1499 : tensor<64xf32>
    %1501 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1502 = stablehlo.multiply %1500, %1501 : tensor<64xf32>
    %1503 = stablehlo.subtract %arg3, %1502 : tensor<64xf32>
    %1504 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1505 = "stablehlo.broadcast_in_dim"(%1504) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1506 = stablehlo.multiply %arg44, %1505 : tensor<64xf32>
    %1507 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1508 = "stablehlo.broadcast_in_dim"(%1507) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1509 = stablehlo.multiply %1291, %1508 : tensor<64xf32>
    %1510 = stablehlo.add %1506, %1509 : tensor<64xf32>
    %1511 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1512 = "stablehlo.broadcast_in_dim"(%1511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1513 = stablehlo.multiply %arg84, %1512 : tensor<64xf32>
    %1514 = stablehlo.multiply %1291, %1291 : tensor<64xf32>
    %1515 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1516 = "stablehlo.broadcast_in_dim"(%1515) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1517 = stablehlo.multiply %1514, %1516 : tensor<64xf32>
    %1518 = stablehlo.add %1513, %1517 : tensor<64xf32>
    %1519 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1520 = stablehlo.divide %1510, %1519 : tensor<64xf32>
    %1521 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1522 = stablehlo.divide %1518, %1521 : tensor<64xf32>
    %1523 = stablehlo.sqrt %1522 : tensor<64xf32>
    %1524 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1525 = "stablehlo.broadcast_in_dim"(%1524) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1526 = stablehlo.add %1523, %1525 : tensor<64xf32>
    %1527 = stablehlo.divide %1520, %1526 : tensor<64xf32>
    %1528 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1529 = stablehlo.multiply %1527, %1528 : tensor<64xf32>
    %1530 = stablehlo.subtract %arg4, %1529 : tensor<64xf32>
    %1531 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1532 = "stablehlo.broadcast_in_dim"(%1531) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1533 = stablehlo.multiply %arg45, %1532 : tensor<64xf32>
    %1534 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1535 = "stablehlo.broadcast_in_dim"(%1534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1536 = stablehlo.multiply %1293, %1535 : tensor<64xf32>
    %1537 = stablehlo.add %1533, %1536 : tensor<64xf32>
    %1538 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1539 = "stablehlo.broadcast_in_dim"(%1538) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1540 = stablehlo.multiply %arg85, %1539 : tensor<64xf32>
    %1541 = stablehlo.multiply %1293, %1293 : tensor<64xf32>
    %1542 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1543 = "stablehlo.broadcast_in_dim"(%1542) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1544 = stablehlo.multiply %1541, %1543 : tensor<64xf32>
    %1545 = stablehlo.add %1540, %1544 : tensor<64xf32>
    %1546 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1547 = stablehlo.divide %1537, %1546 : tensor<64xf32>
    %1548 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1549 = stablehlo.divide %1545, %1548 : tensor<64xf32>
    %1550 = stablehlo.sqrt %1549 : tensor<64xf32>
    %1551 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1552 = "stablehlo.broadcast_in_dim"(%1551) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1553 = stablehlo.add %1550, %1552 : tensor<64xf32>
    %1554 = stablehlo.divide %1547, %1553 : tensor<64xf32>
    %1555 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1556 = stablehlo.multiply %1554, %1555 : tensor<64xf32>
    %1557 = stablehlo.subtract %arg5, %1556 : tensor<64xf32>
    %1558 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1559 = "stablehlo.broadcast_in_dim"(%1558) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1560 = stablehlo.multiply %arg46, %1559 : tensor<64x64xf32>
    %1561 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1562 = "stablehlo.broadcast_in_dim"(%1561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1563 = stablehlo.multiply %1295, %1562 : tensor<64x64xf32>
    %1564 = stablehlo.add %1560, %1563 : tensor<64x64xf32>
    %1565 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1566 = "stablehlo.broadcast_in_dim"(%1565) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1567 = stablehlo.multiply %arg86, %1566 : tensor<64x64xf32>
    %1568 = stablehlo.multiply %1295, %1295 : tensor<64x64xf32>
    %1569 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1570 = "stablehlo.broadcast_in_dim"(%1569) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1571 = stablehlo.multiply %1568, %1570 : tensor<64x64xf32>
    %1572 = stablehlo.add %1567, %1571 : tensor<64x64xf32>
    %1573 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1574 = stablehlo.divide %1564, %1573 : tensor<64x64xf32>
    %1575 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1576 = stablehlo.divide %1572, %1575 : tensor<64x64xf32>
    %1577 = stablehlo.sqrt %1576 : tensor<64x64xf32>
    %1578 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1579 = "stablehlo.broadcast_in_dim"(%1578) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1580 = stablehlo.add %1577, %1579 : tensor<64x64xf32>
    %1581 = stablehlo.divide %1574, %1580 : tensor<64x64xf32>
    %1582 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1583 = "stablehlo.broadcast_in_dim"(%1582) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1584 = stablehlo.multiply %arg6, %1583 : tensor<64x64xf32>
    %1585 = stablehlo.add %1581, %1584 : tensor<64x64xf32>
    %1586 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1587 = stablehlo.multiply %1585, %1586 : tensor<64x64xf32>
    %1588 = stablehlo.subtract %arg6, %1587 : tensor<64x64xf32>
    %1589 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1590 = "stablehlo.broadcast_in_dim"(%1589) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1591 = stablehlo.multiply %arg47, %1590 : tensor<64xf32>
    %1592 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1593 = "stablehlo.broadcast_in_dim"(%1592) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1594 = stablehlo.multiply %1297, %1593 : tensor<64xf32>
    %1595 = stablehlo.add %1591, %1594 : tensor<64xf32>
    %1596 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1597 = "stablehlo.broadcast_in_dim"(%1596) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1598 = stablehlo.multiply %arg87, %1597 : tensor<64xf32>
    %1599 = stablehlo.multiply %1297, %1297 : tensor<64xf32>
    %1600 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1601 = "stablehlo.broadcast_in_dim"(%1600) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1602 = stablehlo.multiply %1599, %1601 : tensor<64xf32>
    %1603 = stablehlo.add %1598, %1602 : tensor<64xf32>
    %1604 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1605 = stablehlo.divide %1595, %1604 : tensor<64xf32>
    %1606 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1607 = stablehlo.divide %1603, %1606 : tensor<64xf32>
    %1608 = stablehlo.sqrt %1607 : tensor<64xf32>
    %1609 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1610 = "stablehlo.broadcast_in_dim"(%1609) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1611 = stablehlo.add %1608, %1610 : tensor<64xf32>
    %1612 = stablehlo.divide %1605, %1611 : tensor<64xf32>
    %1613 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1614 = stablehlo.multiply %1612, %1613 : tensor<64xf32>
    %1615 = stablehlo.subtract %arg7, %1614 : tensor<64xf32>
    %1616 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1617 = "stablehlo.broadcast_in_dim"(%1616) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1618 = stablehlo.multiply %arg48, %1617 : tensor<64x64xf32>
    %1619 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1620 = "stablehlo.broadcast_in_dim"(%1619) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1621 = stablehlo.multiply %1299, %1620 : tensor<64x64xf32>
    %1622 = stablehlo.add %1618, %1621 : tensor<64x64xf32>
    %1623 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1624 = "stablehlo.broadcast_in_dim"(%1623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1625 = stablehlo.multiply %arg88, %1624 : tensor<64x64xf32>
    %1626 = stablehlo.multiply %1299, %1299 : tensor<64x64xf32>
    %1627 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1628 = "stablehlo.broadcast_in_dim"(%1627) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1629 = stablehlo.multiply %1626, %1628 : tensor<64x64xf32>
    %1630 = stablehlo.add %1625, %1629 : tensor<64x64xf32>
    %1631 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1632 = stablehlo.divide %1622, %1631 : tensor<64x64xf32>
    %1633 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1634 = stablehlo.divide %1630, %1633 : tensor<64x64xf32>
    %1635 = stablehlo.sqrt %1634 : tensor<64x64xf32>
    %1636 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1637 = "stablehlo.broadcast_in_dim"(%1636) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1638 = stablehlo.add %1635, %1637 : tensor<64x64xf32>
    %1639 = stablehlo.divide %1632, %1638 : tensor<64x64xf32>
    %1640 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1641 = "stablehlo.broadcast_in_dim"(%1640) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1642 = stablehlo.multiply %arg8, %1641 : tensor<64x64xf32>
    %1643 = stablehlo.add %1639, %1642 : tensor<64x64xf32>
    %1644 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1645 = stablehlo.multiply %1643, %1644 : tensor<64x64xf32>
    %1646 = stablehlo.subtract %arg8, %1645 : tensor<64x64xf32>
    %1647 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1648 = "stablehlo.broadcast_in_dim"(%1647) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1649 = stablehlo.multiply %arg49, %1648 : tensor<64xf32>
    %1650 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1651 = "stablehlo.broadcast_in_dim"(%1650) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1652 = stablehlo.multiply %1301, %1651 : tensor<64xf32>
    %1653 = stablehlo.add %1649, %1652 : tensor<64xf32>
    %1654 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1655 = "stablehlo.broadcast_in_dim"(%1654) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1656 = stablehlo.multiply %arg89, %1655 : tensor<64xf32>
    %1657 = stablehlo.multiply %1301, %1301 : tensor<64xf32>
    %1658 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1659 = "stablehlo.broadcast_in_dim"(%1658) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1660 = stablehlo.multiply %1657, %1659 : tensor<64xf32>
    %1661 = stablehlo.add %1656, %1660 : tensor<64xf32>
    %1662 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1663 = stablehlo.divide %1653, %1662 : tensor<64xf32>
    %1664 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1665 = stablehlo.divide %1661, %1664 : tensor<64xf32>
    %1666 = stablehlo.sqrt %1665 : tensor<64xf32>
    %1667 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1668 = "stablehlo.broadcast_in_dim"(%1667) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1669 = stablehlo.add %1666, %1668 : tensor<64xf32>
    %1670 = stablehlo.divide %1663, %1669 : tensor<64xf32>
    %1671 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1672 = stablehlo.multiply %1670, %1671 : tensor<64xf32>
    %1673 = stablehlo.subtract %arg9, %1672 : tensor<64xf32>
    %1674 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1675 = "stablehlo.broadcast_in_dim"(%1674) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1676 = stablehlo.multiply %arg50, %1675 : tensor<64x64xf32>
    %1677 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1678 = "stablehlo.broadcast_in_dim"(%1677) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1679 = stablehlo.multiply %1303, %1678 : tensor<64x64xf32>
    %1680 = stablehlo.add %1676, %1679 : tensor<64x64xf32>
    %1681 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1682 = "stablehlo.broadcast_in_dim"(%1681) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1683 = stablehlo.multiply %arg90, %1682 : tensor<64x64xf32>
    %1684 = stablehlo.multiply %1303, %1303 : tensor<64x64xf32>
    %1685 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1686 = "stablehlo.broadcast_in_dim"(%1685) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1687 = stablehlo.multiply %1684, %1686 : tensor<64x64xf32>
    %1688 = stablehlo.add %1683, %1687 : tensor<64x64xf32>
    %1689 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1690 = stablehlo.divide %1680, %1689 : tensor<64x64xf32>
    %1691 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1692 = stablehlo.divide %1688, %1691 : tensor<64x64xf32>
    %1693 = stablehlo.sqrt %1692 : tensor<64x64xf32>
    %1694 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1695 = "stablehlo.broadcast_in_dim"(%1694) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1696 = stablehlo.add %1693, %1695 : tensor<64x64xf32>
    %1697 = stablehlo.divide %1690, %1696 : tensor<64x64xf32>
    %1698 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1699 = "stablehlo.broadcast_in_dim"(%1698) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1700 = stablehlo.multiply %arg10, %1699 : tensor<64x64xf32>
    %1701 = stablehlo.add %1697, %1700 : tensor<64x64xf32>
    %1702 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1703 = stablehlo.multiply %1701, %1702 : tensor<64x64xf32>
    %1704 = stablehlo.subtract %arg10, %1703 : tensor<64x64xf32>
    %1705 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1706 = "stablehlo.broadcast_in_dim"(%1705) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1707 = stablehlo.multiply %arg51, %1706 : tensor<64xf32>
    %1708 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1709 = "stablehlo.broadcast_in_dim"(%1708) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1710 = stablehlo.multiply %1305, %1709 : tensor<64xf32>
    %1711 = stablehlo.add %1707, %1710 : tensor<64xf32>
    %1712 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1713 = "stablehlo.broadcast_in_dim"(%1712) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1714 = stablehlo.multiply %arg91, %1713 : tensor<64xf32>
    %1715 = stablehlo.multiply %1305, %1305 : tensor<64xf32>
    %1716 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1717 = "stablehlo.broadcast_in_dim"(%1716) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1718 = stablehlo.multiply %1715, %1717 : tensor<64xf32>
    %1719 = stablehlo.add %1714, %1718 : tensor<64xf32>
    %1720 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1721 = stablehlo.divide %1711, %1720 : tensor<64xf32>
    %1722 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1723 = stablehlo.divide %1719, %1722 : tensor<64xf32>
    %1724 = stablehlo.sqrt %1723 : tensor<64xf32>
    %1725 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1726 = "stablehlo.broadcast_in_dim"(%1725) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1727 = stablehlo.add %1724, %1726 : tensor<64xf32>
    %1728 = stablehlo.divide %1721, %1727 : tensor<64xf32>
    %1729 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1730 = stablehlo.multiply %1728, %1729 : tensor<64xf32>
    %1731 = stablehlo.subtract %arg11, %1730 : tensor<64xf32>
    %1732 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1733 = "stablehlo.broadcast_in_dim"(%1732) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1734 = stablehlo.multiply %arg52, %1733 : tensor<64x64xf32>
    %1735 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1736 = "stablehlo.broadcast_in_dim"(%1735) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1737 = stablehlo.multiply %1307, %1736 : tensor<64x64xf32>
    %1738 = stablehlo.add %1734, %1737 : tensor<64x64xf32>
    %1739 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1740 = "stablehlo.broadcast_in_dim"(%1739) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1741 = stablehlo.multiply %arg92, %1740 : tensor<64x64xf32>
    %1742 = stablehlo.multiply %1307, %1307 : tensor<64x64xf32>
    %1743 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1744 = "stablehlo.broadcast_in_dim"(%1743) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1745 = stablehlo.multiply %1742, %1744 : tensor<64x64xf32>
    %1746 = stablehlo.add %1741, %1745 : tensor<64x64xf32>
    %1747 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1748 = stablehlo.divide %1738, %1747 : tensor<64x64xf32>
    %1749 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1750 = stablehlo.divide %1746, %1749 : tensor<64x64xf32>
    %1751 = stablehlo.sqrt %1750 : tensor<64x64xf32>
    %1752 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1753 = "stablehlo.broadcast_in_dim"(%1752) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1754 = stablehlo.add %1751, %1753 : tensor<64x64xf32>
    %1755 = stablehlo.divide %1748, %1754 : tensor<64x64xf32>
    %1756 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1757 = "stablehlo.broadcast_in_dim"(%1756) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1758 = stablehlo.multiply %arg12, %1757 : tensor<64x64xf32>
    %1759 = stablehlo.add %1755, %1758 : tensor<64x64xf32>
    %1760 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1761 = stablehlo.multiply %1759, %1760 : tensor<64x64xf32>
    %1762 = stablehlo.subtract %arg12, %1761 : tensor<64x64xf32>
    %1763 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1764 = "stablehlo.broadcast_in_dim"(%1763) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1765 = stablehlo.multiply %arg53, %1764 : tensor<64xf32>
    %1766 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1767 = "stablehlo.broadcast_in_dim"(%1766) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1768 = stablehlo.multiply %1309, %1767 : tensor<64xf32>
    %1769 = stablehlo.add %1765, %1768 : tensor<64xf32>
    %1770 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1771 = "stablehlo.broadcast_in_dim"(%1770) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1772 = stablehlo.multiply %arg93, %1771 : tensor<64xf32>
    %1773 = stablehlo.multiply %1309, %1309 : tensor<64xf32>
    %1774 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1775 = "stablehlo.broadcast_in_dim"(%1774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1776 = stablehlo.multiply %1773, %1775 : tensor<64xf32>
    %1777 = stablehlo.add %1772, %1776 : tensor<64xf32>
    %1778 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1779 = stablehlo.divide %1769, %1778 : tensor<64xf32>
    %1780 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1781 = stablehlo.divide %1777, %1780 : tensor<64xf32>
    %1782 = stablehlo.sqrt %1781 : tensor<64xf32>
    %1783 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1784 = "stablehlo.broadcast_in_dim"(%1783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1785 = stablehlo.add %1782, %1784 : tensor<64xf32>
    %1786 = stablehlo.divide %1779, %1785 : tensor<64xf32>
    %1787 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1788 = stablehlo.multiply %1786, %1787 : tensor<64xf32>
    %1789 = stablehlo.subtract %arg13, %1788 : tensor<64xf32>
    %1790 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1791 = "stablehlo.broadcast_in_dim"(%1790) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1792 = stablehlo.multiply %arg54, %1791 : tensor<64xf32>
    %1793 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1794 = "stablehlo.broadcast_in_dim"(%1793) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1795 = stablehlo.multiply %1311, %1794 : tensor<64xf32>
    %1796 = stablehlo.add %1792, %1795 : tensor<64xf32>
    %1797 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1798 = "stablehlo.broadcast_in_dim"(%1797) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1799 = stablehlo.multiply %arg94, %1798 : tensor<64xf32>
    %1800 = stablehlo.multiply %1311, %1311 : tensor<64xf32>
    %1801 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1802 = "stablehlo.broadcast_in_dim"(%1801) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1803 = stablehlo.multiply %1800, %1802 : tensor<64xf32>
    %1804 = stablehlo.add %1799, %1803 : tensor<64xf32>
    %1805 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1806 = stablehlo.divide %1796, %1805 : tensor<64xf32>
    %1807 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1808 = stablehlo.divide %1804, %1807 : tensor<64xf32>
    %1809 = stablehlo.sqrt %1808 : tensor<64xf32>
    %1810 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1811 = "stablehlo.broadcast_in_dim"(%1810) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1812 = stablehlo.add %1809, %1811 : tensor<64xf32>
    %1813 = stablehlo.divide %1806, %1812 : tensor<64xf32>
    %1814 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1815 = stablehlo.multiply %1813, %1814 : tensor<64xf32>
    %1816 = stablehlo.subtract %arg14, %1815 : tensor<64xf32>
    %1817 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1818 = "stablehlo.broadcast_in_dim"(%1817) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1819 = stablehlo.multiply %arg55, %1818 : tensor<64xf32>
    %1820 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1821 = "stablehlo.broadcast_in_dim"(%1820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1822 = stablehlo.multiply %1313, %1821 : tensor<64xf32>
    %1823 = stablehlo.add %1819, %1822 : tensor<64xf32>
    %1824 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1825 = "stablehlo.broadcast_in_dim"(%1824) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1826 = stablehlo.multiply %arg95, %1825 : tensor<64xf32>
    %1827 = stablehlo.multiply %1313, %1313 : tensor<64xf32>
    %1828 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1829 = "stablehlo.broadcast_in_dim"(%1828) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1830 = stablehlo.multiply %1827, %1829 : tensor<64xf32>
    %1831 = stablehlo.add %1826, %1830 : tensor<64xf32>
    %1832 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1833 = stablehlo.divide %1823, %1832 : tensor<64xf32>
    %1834 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1835 = stablehlo.divide %1831, %1834 : tensor<64xf32>
    %1836 = stablehlo.sqrt %1835 : tensor<64xf32>
    %1837 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1838 = "stablehlo.broadcast_in_dim"(%1837) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1839 = stablehlo.add %1836, %1838 : tensor<64xf32>
    %1840 = stablehlo.divide %1833, %1839 : tensor<64xf32>
    %1841 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1842 = stablehlo.multiply %1840, %1841 : tensor<64xf32>
    %1843 = stablehlo.subtract %arg15, %1842 : tensor<64xf32>
    %1844 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1845 = "stablehlo.broadcast_in_dim"(%1844) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1846 = stablehlo.multiply %arg56, %1845 : tensor<128x64xf32>
    %1847 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1848 = "stablehlo.broadcast_in_dim"(%1847) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1849 = stablehlo.multiply %1315, %1848 : tensor<128x64xf32>
    %1850 = stablehlo.add %1846, %1849 : tensor<128x64xf32>
    %1851 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1852 = "stablehlo.broadcast_in_dim"(%1851) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1853 = stablehlo.multiply %arg96, %1852 : tensor<128x64xf32>
    %1854 = stablehlo.multiply %1315, %1315 : tensor<128x64xf32>
    %1855 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1856 = "stablehlo.broadcast_in_dim"(%1855) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1857 = stablehlo.multiply %1854, %1856 : tensor<128x64xf32>
    %1858 = stablehlo.add %1853, %1857 : tensor<128x64xf32>
    %1859 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1860 = stablehlo.divide %1850, %1859 : tensor<128x64xf32>
    %1861 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1862 = stablehlo.divide %1858, %1861 : tensor<128x64xf32>
    %1863 = stablehlo.sqrt %1862 : tensor<128x64xf32>
    %1864 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1865 = "stablehlo.broadcast_in_dim"(%1864) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1866 = stablehlo.add %1863, %1865 : tensor<128x64xf32>
    %1867 = stablehlo.divide %1860, %1866 : tensor<128x64xf32>
    %1868 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1869 = "stablehlo.broadcast_in_dim"(%1868) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1870 = stablehlo.multiply %arg16, %1869 : tensor<128x64xf32>
    %1871 = stablehlo.add %1867, %1870 : tensor<128x64xf32>
    %1872 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1873 = stablehlo.multiply %1871, %1872 : tensor<128x64xf32>
    %1874 = stablehlo.subtract %arg16, %1873 : tensor<128x64xf32>
    %1875 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1876 = "stablehlo.broadcast_in_dim"(%1875) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1877 = stablehlo.multiply %arg57, %1876 : tensor<128xf32>
    %1878 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1879 = "stablehlo.broadcast_in_dim"(%1878) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1880 = stablehlo.multiply %1317, %1879 : tensor<128xf32>
    %1881 = stablehlo.add %1877, %1880 : tensor<128xf32>
    %1882 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1883 = "stablehlo.broadcast_in_dim"(%1882) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1884 = stablehlo.multiply %arg97, %1883 : tensor<128xf32>
    %1885 = stablehlo.multiply %1317, %1317 : tensor<128xf32>
    %1886 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1887 = "stablehlo.broadcast_in_dim"(%1886) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1888 = stablehlo.multiply %1885, %1887 : tensor<128xf32>
    %1889 = stablehlo.add %1884, %1888 : tensor<128xf32>
    %1890 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1891 = stablehlo.divide %1881, %1890 : tensor<128xf32>
    %1892 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1893 = stablehlo.divide %1889, %1892 : tensor<128xf32>
    %1894 = stablehlo.sqrt %1893 : tensor<128xf32>
    %1895 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1896 = "stablehlo.broadcast_in_dim"(%1895) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1897 = stablehlo.add %1894, %1896 : tensor<128xf32>
    %1898 = stablehlo.divide %1891, %1897 : tensor<128xf32>
    %1899 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1900 = stablehlo.multiply %1898, %1899 : tensor<128xf32>
    %1901 = stablehlo.subtract %arg17, %1900 : tensor<128xf32>
    %1902 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1903 = "stablehlo.broadcast_in_dim"(%1902) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1904 = stablehlo.multiply %arg58, %1903 : tensor<64x128xf32>
    %1905 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1906 = "stablehlo.broadcast_in_dim"(%1905) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1907 = stablehlo.multiply %1319, %1906 : tensor<64x128xf32>
    %1908 = stablehlo.add %1904, %1907 : tensor<64x128xf32>
    %1909 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1910 = "stablehlo.broadcast_in_dim"(%1909) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1911 = stablehlo.multiply %arg98, %1910 : tensor<64x128xf32>
    %1912 = stablehlo.multiply %1319, %1319 : tensor<64x128xf32>
    %1913 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1914 = "stablehlo.broadcast_in_dim"(%1913) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1915 = stablehlo.multiply %1912, %1914 : tensor<64x128xf32>
    %1916 = stablehlo.add %1911, %1915 : tensor<64x128xf32>
    %1917 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1918 = stablehlo.divide %1908, %1917 : tensor<64x128xf32>
    %1919 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1920 = stablehlo.divide %1916, %1919 : tensor<64x128xf32>
    %1921 = stablehlo.sqrt %1920 : tensor<64x128xf32>
    %1922 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1923 = "stablehlo.broadcast_in_dim"(%1922) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1924 = stablehlo.add %1921, %1923 : tensor<64x128xf32>
    %1925 = stablehlo.divide %1918, %1924 : tensor<64x128xf32>
    %1926 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1927 = "stablehlo.broadcast_in_dim"(%1926) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1928 = stablehlo.multiply %arg18, %1927 : tensor<64x128xf32>
    %1929 = stablehlo.add %1925, %1928 : tensor<64x128xf32>
    %1930 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1931 = stablehlo.multiply %1929, %1930 : tensor<64x128xf32>
    %1932 = stablehlo.subtract %arg18, %1931 : tensor<64x128xf32>
    %1933 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1934 = "stablehlo.broadcast_in_dim"(%1933) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1935 = stablehlo.multiply %arg59, %1934 : tensor<64xf32>
    %1936 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1937 = "stablehlo.broadcast_in_dim"(%1936) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1938 = stablehlo.multiply %1321, %1937 : tensor<64xf32>
    %1939 = stablehlo.add %1935, %1938 : tensor<64xf32>
    %1940 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1941 = "stablehlo.broadcast_in_dim"(%1940) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1942 = stablehlo.multiply %arg99, %1941 : tensor<64xf32>
    %1943 = stablehlo.multiply %1321, %1321 : tensor<64xf32>
    %1944 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1945 = "stablehlo.broadcast_in_dim"(%1944) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1946 = stablehlo.multiply %1943, %1945 : tensor<64xf32>
    %1947 = stablehlo.add %1942, %1946 : tensor<64xf32>
    %1948 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1949 = stablehlo.divide %1939, %1948 : tensor<64xf32>
    %1950 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1951 = stablehlo.divide %1947, %1950 : tensor<64xf32>
    %1952 = stablehlo.sqrt %1951 : tensor<64xf32>
    %1953 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1954 = "stablehlo.broadcast_in_dim"(%1953) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1955 = stablehlo.add %1952, %1954 : tensor<64xf32>
    %1956 = stablehlo.divide %1949, %1955 : tensor<64xf32>
    %1957 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1958 = stablehlo.multiply %1956, %1957 : tensor<64xf32>
    %1959 = stablehlo.subtract %arg19, %1958 : tensor<64xf32>
    %1960 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1961 = "stablehlo.broadcast_in_dim"(%1960) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1962 = stablehlo.multiply %arg60, %1961 : tensor<64xf32>
    %1963 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1964 = "stablehlo.broadcast_in_dim"(%1963) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1965 = stablehlo.multiply %1323, %1964 : tensor<64xf32>
    %1966 = stablehlo.add %1962, %1965 : tensor<64xf32>
    %1967 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1968 = "stablehlo.broadcast_in_dim"(%1967) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1969 = stablehlo.multiply %arg100, %1968 : tensor<64xf32>
    %1970 = stablehlo.multiply %1323, %1323 : tensor<64xf32>
    %1971 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1972 = "stablehlo.broadcast_in_dim"(%1971) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1973 = stablehlo.multiply %1970, %1972 : tensor<64xf32>
    %1974 = stablehlo.add %1969, %1973 : tensor<64xf32>
    %1975 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1976 = stablehlo.divide %1966, %1975 : tensor<64xf32>
    %1977 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1978 = stablehlo.divide %1974, %1977 : tensor<64xf32>
    %1979 = stablehlo.sqrt %1978 : tensor<64xf32>
    %1980 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1981 = "stablehlo.broadcast_in_dim"(%1980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1982 = stablehlo.add %1979, %1981 : tensor<64xf32>
    %1983 = stablehlo.divide %1976, %1982 : tensor<64xf32>
    %1984 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1985 = stablehlo.multiply %1983, %1984 : tensor<64xf32>
    %1986 = stablehlo.subtract %arg20, %1985 : tensor<64xf32>
    %1987 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1988 = "stablehlo.broadcast_in_dim"(%1987) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1989 = stablehlo.multiply %arg61, %1988 : tensor<64xf32>
    %1990 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1991 = "stablehlo.broadcast_in_dim"(%1990) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1992 = stablehlo.multiply %1325, %1991 : tensor<64xf32>
    %1993 = stablehlo.add %1989, %1992 : tensor<64xf32>
    %1994 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1995 = "stablehlo.broadcast_in_dim"(%1994) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1996 = stablehlo.multiply %arg101, %1995 : tensor<64xf32>
    %1997 = stablehlo.multiply %1325, %1325 : tensor<64xf32>
    %1998 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1999 = "stablehlo.broadcast_in_dim"(%1998) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2000 = stablehlo.multiply %1997, %1999 : tensor<64xf32>
    %2001 = stablehlo.add %1996, %2000 : tensor<64xf32>
    %2002 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2003 = stablehlo.divide %1993, %2002 : tensor<64xf32>
    %2004 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2005 = stablehlo.divide %2001, %2004 : tensor<64xf32>
    %2006 = stablehlo.sqrt %2005 : tensor<64xf32>
    %2007 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2008 = "stablehlo.broadcast_in_dim"(%2007) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2009 = stablehlo.add %2006, %2008 : tensor<64xf32>
    %2010 = stablehlo.divide %2003, %2009 : tensor<64xf32>
    %2011 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2012 = stablehlo.multiply %2010, %2011 : tensor<64xf32>
    %2013 = stablehlo.subtract %arg21, %2012 : tensor<64xf32>
    %2014 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2015 = "stablehlo.broadcast_in_dim"(%2014) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2016 = stablehlo.multiply %arg62, %2015 : tensor<64x64xf32>
    %2017 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2018 = "stablehlo.broadcast_in_dim"(%2017) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2019 = stablehlo.multiply %1327, %2018 : tensor<64x64xf32>
    %2020 = stablehlo.add %2016, %2019 : tensor<64x64xf32>
    %2021 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2022 = "stablehlo.broadcast_in_dim"(%2021) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2023 = stablehlo.multiply %arg102, %2022 : tensor<64x64xf32>
    %2024 = stablehlo.multiply %1327, %1327 : tensor<64x64xf32>
    %2025 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2026 = "stablehlo.broadcast_in_dim"(%2025) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2027 = stablehlo.multiply %2024, %2026 : tensor<64x64xf32>
    %2028 = stablehlo.add %2023, %2027 : tensor<64x64xf32>
    %2029 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2030 = stablehlo.divide %2020, %2029 : tensor<64x64xf32>
    %2031 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2032 = stablehlo.divide %2028, %2031 : tensor<64x64xf32>
    %2033 = stablehlo.sqrt %2032 : tensor<64x64xf32>
    %2034 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2035 = "stablehlo.broadcast_in_dim"(%2034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2036 = stablehlo.add %2033, %2035 : tensor<64x64xf32>
    %2037 = stablehlo.divide %2030, %2036 : tensor<64x64xf32>
    %2038 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2039 = "stablehlo.broadcast_in_dim"(%2038) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2040 = stablehlo.multiply %arg22, %2039 : tensor<64x64xf32>
    %2041 = stablehlo.add %2037, %2040 : tensor<64x64xf32>
    %2042 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2043 = stablehlo.multiply %2041, %2042 : tensor<64x64xf32>
    %2044 = stablehlo.subtract %arg22, %2043 : tensor<64x64xf32>
    %2045 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2046 = "stablehlo.broadcast_in_dim"(%2045) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2047 = stablehlo.multiply %arg63, %2046 : tensor<64xf32>
    %2048 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2049 = "stablehlo.broadcast_in_dim"(%2048) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2050 = stablehlo.multiply %1329, %2049 : tensor<64xf32>
    %2051 = stablehlo.add %2047, %2050 : tensor<64xf32>
    %2052 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2053 = "stablehlo.broadcast_in_dim"(%2052) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2054 = stablehlo.multiply %arg103, %2053 : tensor<64xf32>
    %2055 = stablehlo.multiply %1329, %1329 : tensor<64xf32>
    %2056 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2057 = "stablehlo.broadcast_in_dim"(%2056) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2058 = stablehlo.multiply %2055, %2057 : tensor<64xf32>
    %2059 = stablehlo.add %2054, %2058 : tensor<64xf32>
    %2060 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2061 = stablehlo.divide %2051, %2060 : tensor<64xf32>
    %2062 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2063 = stablehlo.divide %2059, %2062 : tensor<64xf32>
    %2064 = stablehlo.sqrt %2063 : tensor<64xf32>
    %2065 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2066 = "stablehlo.broadcast_in_dim"(%2065) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2067 = stablehlo.add %2064, %2066 : tensor<64xf32>
    %2068 = stablehlo.divide %2061, %2067 : tensor<64xf32>
    %2069 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2070 = stablehlo.multiply %2068, %2069 : tensor<64xf32>
    %2071 = stablehlo.subtract %arg23, %2070 : tensor<64xf32>
    %2072 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2073 = "stablehlo.broadcast_in_dim"(%2072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2074 = stablehlo.multiply %arg64, %2073 : tensor<64x64xf32>
    %2075 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2076 = "stablehlo.broadcast_in_dim"(%2075) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2077 = stablehlo.multiply %1331, %2076 : tensor<64x64xf32>
    %2078 = stablehlo.add %2074, %2077 : tensor<64x64xf32>
    %2079 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2080 = "stablehlo.broadcast_in_dim"(%2079) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2081 = stablehlo.multiply %arg104, %2080 : tensor<64x64xf32>
    %2082 = stablehlo.multiply %1331, %1331 : tensor<64x64xf32>
    %2083 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2084 = "stablehlo.broadcast_in_dim"(%2083) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2085 = stablehlo.multiply %2082, %2084 : tensor<64x64xf32>
    %2086 = stablehlo.add %2081, %2085 : tensor<64x64xf32>
    %2087 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2088 = stablehlo.divide %2078, %2087 : tensor<64x64xf32>
    %2089 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2090 = stablehlo.divide %2086, %2089 : tensor<64x64xf32>
    %2091 = stablehlo.sqrt %2090 : tensor<64x64xf32>
    %2092 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2093 = "stablehlo.broadcast_in_dim"(%2092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2094 = stablehlo.add %2091, %2093 : tensor<64x64xf32>
    %2095 = stablehlo.divide %2088, %2094 : tensor<64x64xf32>
    %2096 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2097 = "stablehlo.broadcast_in_dim"(%2096) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2098 = stablehlo.multiply %arg24, %2097 : tensor<64x64xf32>
    %2099 = stablehlo.add %2095, %2098 : tensor<64x64xf32>
    %2100 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2101 = stablehlo.multiply %2099, %2100 : tensor<64x64xf32>
    %2102 = stablehlo.subtract %arg24, %2101 : tensor<64x64xf32>
    %2103 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2104 = "stablehlo.broadcast_in_dim"(%2103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2105 = stablehlo.multiply %arg65, %2104 : tensor<64xf32>
    %2106 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2107 = "stablehlo.broadcast_in_dim"(%2106) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2108 = stablehlo.multiply %1333, %2107 : tensor<64xf32>
    %2109 = stablehlo.add %2105, %2108 : tensor<64xf32>
    %2110 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2111 = "stablehlo.broadcast_in_dim"(%2110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2112 = stablehlo.multiply %arg105, %2111 : tensor<64xf32>
    %2113 = stablehlo.multiply %1333, %1333 : tensor<64xf32>
    %2114 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2115 = "stablehlo.broadcast_in_dim"(%2114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2116 = stablehlo.multiply %2113, %2115 : tensor<64xf32>
    %2117 = stablehlo.add %2112, %2116 : tensor<64xf32>
    %2118 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2119 = stablehlo.divide %2109, %2118 : tensor<64xf32>
    %2120 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2121 = stablehlo.divide %2117, %2120 : tensor<64xf32>
    %2122 = stablehlo.sqrt %2121 : tensor<64xf32>
    %2123 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2124 = "stablehlo.broadcast_in_dim"(%2123) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2125 = stablehlo.add %2122, %2124 : tensor<64xf32>
    %2126 = stablehlo.divide %2119, %2125 : tensor<64xf32>
    %2127 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2128 = stablehlo.multiply %2126, %2127 : tensor<64xf32>
    %2129 = stablehlo.subtract %arg25, %2128 : tensor<64xf32>
    %2130 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2131 = "stablehlo.broadcast_in_dim"(%2130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2132 = stablehlo.multiply %arg66, %2131 : tensor<64x64xf32>
    %2133 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2134 = "stablehlo.broadcast_in_dim"(%2133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2135 = stablehlo.multiply %1335, %2134 : tensor<64x64xf32>
    %2136 = stablehlo.add %2132, %2135 : tensor<64x64xf32>
    %2137 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2138 = "stablehlo.broadcast_in_dim"(%2137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2139 = stablehlo.multiply %arg106, %2138 : tensor<64x64xf32>
    %2140 = stablehlo.multiply %1335, %1335 : tensor<64x64xf32>
    %2141 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2142 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2143 = stablehlo.multiply %2140, %2142 : tensor<64x64xf32>
    %2144 = stablehlo.add %2139, %2143 : tensor<64x64xf32>
    %2145 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2146 = stablehlo.divide %2136, %2145 : tensor<64x64xf32>
    %2147 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2148 = stablehlo.divide %2144, %2147 : tensor<64x64xf32>
    %2149 = stablehlo.sqrt %2148 : tensor<64x64xf32>
    %2150 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2151 = "stablehlo.broadcast_in_dim"(%2150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2152 = stablehlo.add %2149, %2151 : tensor<64x64xf32>
    %2153 = stablehlo.divide %2146, %2152 : tensor<64x64xf32>
    %2154 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2155 = "stablehlo.broadcast_in_dim"(%2154) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2156 = stablehlo.multiply %arg26, %2155 : tensor<64x64xf32>
    %2157 = stablehlo.add %2153, %2156 : tensor<64x64xf32>
    %2158 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2159 = stablehlo.multiply %2157, %2158 : tensor<64x64xf32>
    %2160 = stablehlo.subtract %arg26, %2159 : tensor<64x64xf32>
    %2161 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2162 = "stablehlo.broadcast_in_dim"(%2161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2163 = stablehlo.multiply %arg67, %2162 : tensor<64xf32>
    %2164 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2165 = "stablehlo.broadcast_in_dim"(%2164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2166 = stablehlo.multiply %1337, %2165 : tensor<64xf32>
    %2167 = stablehlo.add %2163, %2166 : tensor<64xf32>
    %2168 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2169 = "stablehlo.broadcast_in_dim"(%2168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2170 = stablehlo.multiply %arg107, %2169 : tensor<64xf32>
    %2171 = stablehlo.multiply %1337, %1337 : tensor<64xf32>
    %2172 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2173 = "stablehlo.broadcast_in_dim"(%2172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2174 = stablehlo.multiply %2171, %2173 : tensor<64xf32>
    %2175 = stablehlo.add %2170, %2174 : tensor<64xf32>
    %2176 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2177 = stablehlo.divide %2167, %2176 : tensor<64xf32>
    %2178 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2179 = stablehlo.divide %2175, %2178 : tensor<64xf32>
    %2180 = stablehlo.sqrt %2179 : tensor<64xf32>
    %2181 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2182 = "stablehlo.broadcast_in_dim"(%2181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2183 = stablehlo.add %2180, %2182 : tensor<64xf32>
    %2184 = stablehlo.divide %2177, %2183 : tensor<64xf32>
    %2185 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2186 = stablehlo.multiply %2184, %2185 : tensor<64xf32>
    %2187 = stablehlo.subtract %arg27, %2186 : tensor<64xf32>
    %2188 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2189 = "stablehlo.broadcast_in_dim"(%2188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2190 = stablehlo.multiply %arg68, %2189 : tensor<64x64xf32>
    %2191 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2192 = "stablehlo.broadcast_in_dim"(%2191) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2193 = stablehlo.multiply %1339, %2192 : tensor<64x64xf32>
    %2194 = stablehlo.add %2190, %2193 : tensor<64x64xf32>
    %2195 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2196 = "stablehlo.broadcast_in_dim"(%2195) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2197 = stablehlo.multiply %arg108, %2196 : tensor<64x64xf32>
    %2198 = stablehlo.multiply %1339, %1339 : tensor<64x64xf32>
    %2199 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2200 = "stablehlo.broadcast_in_dim"(%2199) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2201 = stablehlo.multiply %2198, %2200 : tensor<64x64xf32>
    %2202 = stablehlo.add %2197, %2201 : tensor<64x64xf32>
    %2203 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2204 = stablehlo.divide %2194, %2203 : tensor<64x64xf32>
    %2205 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2206 = stablehlo.divide %2202, %2205 : tensor<64x64xf32>
    %2207 = stablehlo.sqrt %2206 : tensor<64x64xf32>
    %2208 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2209 = "stablehlo.broadcast_in_dim"(%2208) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2210 = stablehlo.add %2207, %2209 : tensor<64x64xf32>
    %2211 = stablehlo.divide %2204, %2210 : tensor<64x64xf32>
    %2212 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2213 = "stablehlo.broadcast_in_dim"(%2212) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2214 = stablehlo.multiply %arg28, %2213 : tensor<64x64xf32>
    %2215 = stablehlo.add %2211, %2214 : tensor<64x64xf32>
    %2216 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2217 = stablehlo.multiply %2215, %2216 : tensor<64x64xf32>
    %2218 = stablehlo.subtract %arg28, %2217 : tensor<64x64xf32>
    %2219 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2220 = "stablehlo.broadcast_in_dim"(%2219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2221 = stablehlo.multiply %arg69, %2220 : tensor<64xf32>
    %2222 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2223 = "stablehlo.broadcast_in_dim"(%2222) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2224 = stablehlo.multiply %1341, %2223 : tensor<64xf32>
    %2225 = stablehlo.add %2221, %2224 : tensor<64xf32>
    %2226 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2227 = "stablehlo.broadcast_in_dim"(%2226) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2228 = stablehlo.multiply %arg109, %2227 : tensor<64xf32>
    %2229 = stablehlo.multiply %1341, %1341 : tensor<64xf32>
    %2230 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2231 = "stablehlo.broadcast_in_dim"(%2230) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2232 = stablehlo.multiply %2229, %2231 : tensor<64xf32>
    %2233 = stablehlo.add %2228, %2232 : tensor<64xf32>
    %2234 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2235 = stablehlo.divide %2225, %2234 : tensor<64xf32>
    %2236 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2237 = stablehlo.divide %2233, %2236 : tensor<64xf32>
    %2238 = stablehlo.sqrt %2237 : tensor<64xf32>
    %2239 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2240 = "stablehlo.broadcast_in_dim"(%2239) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2241 = stablehlo.add %2238, %2240 : tensor<64xf32>
    %2242 = stablehlo.divide %2235, %2241 : tensor<64xf32>
    %2243 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2244 = stablehlo.multiply %2242, %2243 : tensor<64xf32>
    %2245 = stablehlo.subtract %arg29, %2244 : tensor<64xf32>
    %2246 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2247 = "stablehlo.broadcast_in_dim"(%2246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2248 = stablehlo.multiply %arg70, %2247 : tensor<64xf32>
    %2249 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2250 = "stablehlo.broadcast_in_dim"(%2249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2251 = stablehlo.multiply %1343, %2250 : tensor<64xf32>
    %2252 = stablehlo.add %2248, %2251 : tensor<64xf32>
    %2253 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2254 = "stablehlo.broadcast_in_dim"(%2253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2255 = stablehlo.multiply %arg110, %2254 : tensor<64xf32>
    %2256 = stablehlo.multiply %1343, %1343 : tensor<64xf32>
    %2257 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2258 = "stablehlo.broadcast_in_dim"(%2257) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2259 = stablehlo.multiply %2256, %2258 : tensor<64xf32>
    %2260 = stablehlo.add %2255, %2259 : tensor<64xf32>
    %2261 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2262 = stablehlo.divide %2252, %2261 : tensor<64xf32>
    %2263 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2264 = stablehlo.divide %2260, %2263 : tensor<64xf32>
    %2265 = stablehlo.sqrt %2264 : tensor<64xf32>
    %2266 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2267 = "stablehlo.broadcast_in_dim"(%2266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2268 = stablehlo.add %2265, %2267 : tensor<64xf32>
    %2269 = stablehlo.divide %2262, %2268 : tensor<64xf32>
    %2270 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2271 = stablehlo.multiply %2269, %2270 : tensor<64xf32>
    %2272 = stablehlo.subtract %arg30, %2271 : tensor<64xf32>
    %2273 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2274 = "stablehlo.broadcast_in_dim"(%2273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2275 = stablehlo.multiply %arg71, %2274 : tensor<64xf32>
    %2276 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2277 = "stablehlo.broadcast_in_dim"(%2276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2278 = stablehlo.multiply %1345, %2277 : tensor<64xf32>
    %2279 = stablehlo.add %2275, %2278 : tensor<64xf32>
    %2280 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2281 = "stablehlo.broadcast_in_dim"(%2280) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2282 = stablehlo.multiply %arg111, %2281 : tensor<64xf32>
    %2283 = stablehlo.multiply %1345, %1345 : tensor<64xf32>
    %2284 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2285 = "stablehlo.broadcast_in_dim"(%2284) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2286 = stablehlo.multiply %2283, %2285 : tensor<64xf32>
    %2287 = stablehlo.add %2282, %2286 : tensor<64xf32>
    %2288 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2289 = stablehlo.divide %2279, %2288 : tensor<64xf32>
    %2290 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2291 = stablehlo.divide %2287, %2290 : tensor<64xf32>
    %2292 = stablehlo.sqrt %2291 : tensor<64xf32>
    %2293 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2294 = "stablehlo.broadcast_in_dim"(%2293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2295 = stablehlo.add %2292, %2294 : tensor<64xf32>
    %2296 = stablehlo.divide %2289, %2295 : tensor<64xf32>
    %2297 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2298 = stablehlo.multiply %2296, %2297 : tensor<64xf32>
    %2299 = stablehlo.subtract %arg31, %2298 : tensor<64xf32>
    %2300 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2301 = "stablehlo.broadcast_in_dim"(%2300) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2302 = stablehlo.multiply %arg72, %2301 : tensor<128x64xf32>
    %2303 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2304 = "stablehlo.broadcast_in_dim"(%2303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2305 = stablehlo.multiply %1347, %2304 : tensor<128x64xf32>
    %2306 = stablehlo.add %2302, %2305 : tensor<128x64xf32>
    %2307 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2308 = "stablehlo.broadcast_in_dim"(%2307) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2309 = stablehlo.multiply %arg112, %2308 : tensor<128x64xf32>
    %2310 = stablehlo.multiply %1347, %1347 : tensor<128x64xf32>
    %2311 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2312 = "stablehlo.broadcast_in_dim"(%2311) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2313 = stablehlo.multiply %2310, %2312 : tensor<128x64xf32>
    %2314 = stablehlo.add %2309, %2313 : tensor<128x64xf32>
    %2315 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2316 = stablehlo.divide %2306, %2315 : tensor<128x64xf32>
    %2317 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2318 = stablehlo.divide %2314, %2317 : tensor<128x64xf32>
    %2319 = stablehlo.sqrt %2318 : tensor<128x64xf32>
    %2320 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2321 = "stablehlo.broadcast_in_dim"(%2320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2322 = stablehlo.add %2319, %2321 : tensor<128x64xf32>
    %2323 = stablehlo.divide %2316, %2322 : tensor<128x64xf32>
    %2324 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2325 = "stablehlo.broadcast_in_dim"(%2324) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2326 = stablehlo.multiply %arg32, %2325 : tensor<128x64xf32>
    %2327 = stablehlo.add %2323, %2326 : tensor<128x64xf32>
    %2328 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2329 = stablehlo.multiply %2327, %2328 : tensor<128x64xf32>
    %2330 = stablehlo.subtract %arg32, %2329 : tensor<128x64xf32>
    %2331 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2332 = "stablehlo.broadcast_in_dim"(%2331) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2333 = stablehlo.multiply %arg73, %2332 : tensor<128xf32>
    %2334 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2335 = "stablehlo.broadcast_in_dim"(%2334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2336 = stablehlo.multiply %1349, %2335 : tensor<128xf32>
    %2337 = stablehlo.add %2333, %2336 : tensor<128xf32>
    %2338 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2339 = "stablehlo.broadcast_in_dim"(%2338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2340 = stablehlo.multiply %arg113, %2339 : tensor<128xf32>
    %2341 = stablehlo.multiply %1349, %1349 : tensor<128xf32>
    %2342 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2343 = "stablehlo.broadcast_in_dim"(%2342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2344 = stablehlo.multiply %2341, %2343 : tensor<128xf32>
    %2345 = stablehlo.add %2340, %2344 : tensor<128xf32>
    %2346 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2347 = stablehlo.divide %2337, %2346 : tensor<128xf32>
    %2348 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2349 = stablehlo.divide %2345, %2348 : tensor<128xf32>
    %2350 = stablehlo.sqrt %2349 : tensor<128xf32>
    %2351 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2352 = "stablehlo.broadcast_in_dim"(%2351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2353 = stablehlo.add %2350, %2352 : tensor<128xf32>
    %2354 = stablehlo.divide %2347, %2353 : tensor<128xf32>
    %2355 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2356 = stablehlo.multiply %2354, %2355 : tensor<128xf32>
    %2357 = stablehlo.subtract %arg33, %2356 : tensor<128xf32>
    %2358 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2359 = "stablehlo.broadcast_in_dim"(%2358) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2360 = stablehlo.multiply %arg74, %2359 : tensor<64x128xf32>
    %2361 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2362 = "stablehlo.broadcast_in_dim"(%2361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2363 = stablehlo.multiply %1351, %2362 : tensor<64x128xf32>
    %2364 = stablehlo.add %2360, %2363 : tensor<64x128xf32>
    %2365 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2366 = "stablehlo.broadcast_in_dim"(%2365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2367 = stablehlo.multiply %arg114, %2366 : tensor<64x128xf32>
    %2368 = stablehlo.multiply %1351, %1351 : tensor<64x128xf32>
    %2369 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2370 = "stablehlo.broadcast_in_dim"(%2369) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2371 = stablehlo.multiply %2368, %2370 : tensor<64x128xf32>
    %2372 = stablehlo.add %2367, %2371 : tensor<64x128xf32>
    %2373 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2374 = stablehlo.divide %2364, %2373 : tensor<64x128xf32>
    %2375 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2376 = stablehlo.divide %2372, %2375 : tensor<64x128xf32>
    %2377 = stablehlo.sqrt %2376 : tensor<64x128xf32>
    %2378 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2379 = "stablehlo.broadcast_in_dim"(%2378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2380 = stablehlo.add %2377, %2379 : tensor<64x128xf32>
    %2381 = stablehlo.divide %2374, %2380 : tensor<64x128xf32>
    %2382 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2383 = "stablehlo.broadcast_in_dim"(%2382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2384 = stablehlo.multiply %arg34, %2383 : tensor<64x128xf32>
    %2385 = stablehlo.add %2381, %2384 : tensor<64x128xf32>
    %2386 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2387 = stablehlo.multiply %2385, %2386 : tensor<64x128xf32>
    %2388 = stablehlo.subtract %arg34, %2387 : tensor<64x128xf32>
    %2389 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2390 = "stablehlo.broadcast_in_dim"(%2389) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2391 = stablehlo.multiply %arg75, %2390 : tensor<64xf32>
    %2392 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2393 = "stablehlo.broadcast_in_dim"(%2392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2394 = stablehlo.multiply %1353, %2393 : tensor<64xf32>
    %2395 = stablehlo.add %2391, %2394 : tensor<64xf32>
    %2396 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2397 = "stablehlo.broadcast_in_dim"(%2396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2398 = stablehlo.multiply %arg115, %2397 : tensor<64xf32>
    %2399 = stablehlo.multiply %1353, %1353 : tensor<64xf32>
    %2400 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2401 = "stablehlo.broadcast_in_dim"(%2400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2402 = stablehlo.multiply %2399, %2401 : tensor<64xf32>
    %2403 = stablehlo.add %2398, %2402 : tensor<64xf32>
    %2404 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2405 = stablehlo.divide %2395, %2404 : tensor<64xf32>
    %2406 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2407 = stablehlo.divide %2403, %2406 : tensor<64xf32>
    %2408 = stablehlo.sqrt %2407 : tensor<64xf32>
    %2409 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2410 = "stablehlo.broadcast_in_dim"(%2409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2411 = stablehlo.add %2408, %2410 : tensor<64xf32>
    %2412 = stablehlo.divide %2405, %2411 : tensor<64xf32>
    %2413 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2414 = stablehlo.multiply %2412, %2413 : tensor<64xf32>
    %2415 = stablehlo.subtract %arg35, %2414 : tensor<64xf32>
    %2416 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2417 = "stablehlo.broadcast_in_dim"(%2416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2418 = stablehlo.multiply %arg76, %2417 : tensor<64xf32>
    %2419 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2420 = "stablehlo.broadcast_in_dim"(%2419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2421 = stablehlo.multiply %1355, %2420 : tensor<64xf32>
    %2422 = stablehlo.add %2418, %2421 : tensor<64xf32>
    %2423 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2424 = "stablehlo.broadcast_in_dim"(%2423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2425 = stablehlo.multiply %arg116, %2424 : tensor<64xf32>
    %2426 = stablehlo.multiply %1355, %1355 : tensor<64xf32>
    %2427 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2428 = "stablehlo.broadcast_in_dim"(%2427) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2429 = stablehlo.multiply %2426, %2428 : tensor<64xf32>
    %2430 = stablehlo.add %2425, %2429 : tensor<64xf32>
    %2431 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2432 = stablehlo.divide %2422, %2431 : tensor<64xf32>
    %2433 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2434 = stablehlo.divide %2430, %2433 : tensor<64xf32>
    %2435 = stablehlo.sqrt %2434 : tensor<64xf32>
    %2436 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2437 = "stablehlo.broadcast_in_dim"(%2436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2438 = stablehlo.add %2435, %2437 : tensor<64xf32>
    %2439 = stablehlo.divide %2432, %2438 : tensor<64xf32>
    %2440 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2441 = stablehlo.multiply %2439, %2440 : tensor<64xf32>
    %2442 = stablehlo.subtract %arg36, %2441 : tensor<64xf32>
    %2443 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2444 = "stablehlo.broadcast_in_dim"(%2443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2445 = stablehlo.multiply %arg77, %2444 : tensor<64xf32>
    %2446 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2447 = "stablehlo.broadcast_in_dim"(%2446) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2448 = stablehlo.multiply %1357, %2447 : tensor<64xf32>
    %2449 = stablehlo.add %2445, %2448 : tensor<64xf32>
    %2450 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2451 = "stablehlo.broadcast_in_dim"(%2450) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2452 = stablehlo.multiply %arg117, %2451 : tensor<64xf32>
    %2453 = stablehlo.multiply %1357, %1357 : tensor<64xf32>
    %2454 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2455 = "stablehlo.broadcast_in_dim"(%2454) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2456 = stablehlo.multiply %2453, %2455 : tensor<64xf32>
    %2457 = stablehlo.add %2452, %2456 : tensor<64xf32>
    %2458 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2459 = stablehlo.divide %2449, %2458 : tensor<64xf32>
    %2460 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2461 = stablehlo.divide %2457, %2460 : tensor<64xf32>
    %2462 = stablehlo.sqrt %2461 : tensor<64xf32>
    %2463 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2464 = "stablehlo.broadcast_in_dim"(%2463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2465 = stablehlo.add %2462, %2464 : tensor<64xf32>
    %2466 = stablehlo.divide %2459, %2465 : tensor<64xf32>
    %2467 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2468 = stablehlo.multiply %2466, %2467 : tensor<64xf32>
    %2469 = stablehlo.subtract %arg37, %2468 : tensor<64xf32>
    %2470 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2471 = "stablehlo.broadcast_in_dim"(%2470) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2472 = stablehlo.multiply %arg78, %2471 : tensor<5x64xf32>
    %2473 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2474 = "stablehlo.broadcast_in_dim"(%2473) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2475 = stablehlo.multiply %1359, %2474 : tensor<5x64xf32>
    %2476 = stablehlo.add %2472, %2475 : tensor<5x64xf32>
    %2477 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2478 = "stablehlo.broadcast_in_dim"(%2477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2479 = stablehlo.multiply %arg118, %2478 : tensor<5x64xf32>
    %2480 = stablehlo.multiply %1359, %1359 : tensor<5x64xf32>
    %2481 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2482 = "stablehlo.broadcast_in_dim"(%2481) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2483 = stablehlo.multiply %2480, %2482 : tensor<5x64xf32>
    %2484 = stablehlo.add %2479, %2483 : tensor<5x64xf32>
    %2485 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2486 = stablehlo.divide %2476, %2485 : tensor<5x64xf32>
    %2487 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2488 = stablehlo.divide %2484, %2487 : tensor<5x64xf32>
    %2489 = stablehlo.sqrt %2488 : tensor<5x64xf32>
    %2490 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2491 = "stablehlo.broadcast_in_dim"(%2490) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2492 = stablehlo.add %2489, %2491 : tensor<5x64xf32>
    %2493 = stablehlo.divide %2486, %2492 : tensor<5x64xf32>
    %2494 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2495 = "stablehlo.broadcast_in_dim"(%2494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2496 = stablehlo.multiply %arg38, %2495 : tensor<5x64xf32>
    %2497 = stablehlo.add %2493, %2496 : tensor<5x64xf32>
    %2498 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2499 = stablehlo.multiply %2497, %2498 : tensor<5x64xf32>
    %2500 = stablehlo.subtract %arg38, %2499 : tensor<5x64xf32>
    %2501 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2502 = "stablehlo.broadcast_in_dim"(%2501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2503 = stablehlo.multiply %arg79, %2502 : tensor<5xf32>
    %2504 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2505 = "stablehlo.broadcast_in_dim"(%2504) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2506 = stablehlo.multiply %1361, %2505 : tensor<5xf32>
    %2507 = stablehlo.add %2503, %2506 : tensor<5xf32>
    %2508 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2509 = "stablehlo.broadcast_in_dim"(%2508) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2510 = stablehlo.multiply %arg119, %2509 : tensor<5xf32>
    %2511 = stablehlo.multiply %1361, %1361 : tensor<5xf32>
    %2512 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2513 = "stablehlo.broadcast_in_dim"(%2512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2514 = stablehlo.multiply %2511, %2513 : tensor<5xf32>
    %2515 = stablehlo.add %2510, %2514 : tensor<5xf32>
    %2516 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2517 = stablehlo.divide %2507, %2516 : tensor<5xf32>
    %2518 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2519 = stablehlo.divide %2515, %2518 : tensor<5xf32>
    %2520 = stablehlo.sqrt %2519 : tensor<5xf32>
    %2521 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2522 = "stablehlo.broadcast_in_dim"(%2521) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2523 = stablehlo.add %2520, %2522 : tensor<5xf32>
    %2524 = stablehlo.divide %2517, %2523 : tensor<5xf32>
    %2525 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2526 = stablehlo.multiply %2524, %2525 : tensor<5xf32>
    %2527 = stablehlo.subtract %arg39, %2526 : tensor<5xf32>
    %2528 = stablehlo.constant dense<1> : tensor<i32>
    %2529 = stablehlo.add %arg120, %2528 : tensor<i32>
    return %1418, %1445, %1476, %1503, %1530, %1557, %1588, %1615, %1646, %1673, %1704, %1731, %1762, %1789, %1816, %1843, %1874, %1901, %1932, %1959, %1986, %2013, %2044, %2071, %2102, %2129, %2160, %2187, %2218, %2245, %2272, %2299, %2330, %2357, %2388, %2415, %2442, %2469, %2500, %2527, %1398, %1425, %1452, %1483, %1510, %1537, %1564, %1595, %1622, %1653, %1680, %1711, %1738, %1769, %1796, %1823, %1850, %1881, %1908, %1939, %1966, %1993, %2020, %2051, %2078, %2109, %2136, %2167, %2194, %2225, %2252, %2279, %2306, %2337, %2364, %2395, %2422, %2449, %2476, %2507, %1406, %1433, %1460, %1491, %1518, %1545, %1572, %1603, %1630, %1661, %1688, %1719, %1746, %1777, %1804, %1831, %1858, %1889, %1916, %1947, %1974, %2001, %2028, %2059, %2086, %2117, %2144, %2175, %2202, %2233, %2260, %2287, %2314, %2345, %2372, %2403, %2430, %2457, %2484, %2515, %2529, %478, %493, %1378, %1274 : tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
