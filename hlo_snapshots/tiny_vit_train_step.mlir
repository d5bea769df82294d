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
    %516 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %517 = "stablehlo.reduce"(%515, %516) ({
    ^bb0(%518: tensor<f32>, %519: tensor<f32>):
      %520 = stablehlo.add %518, %519 : tensor<f32>
      "stablehlo.return"(%520) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<5xf32>
    %521 = "stablehlo.dot_general"(%515, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<5x64xf32>) -> tensor<2x64xf32>
    %522 = "stablehlo.dot_general"(%515, %437) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<2x64xf32>) -> tensor<5x64xf32>
    %523 = "stablehlo.reshape"(%521) : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %524 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %525 = "stablehlo.pad"(%523, %524) {edge_padding_high = array<i64: 0, 16, 0>, edge_padding_low = array<i64: 0, 0, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x17x64xf32>
    %526 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %527 = "stablehlo.reduce"(%525, %526) ({
    ^bb0(%528: tensor<f32>, %529: tensor<f32>):
      %530 = stablehlo.add %528, %529 : tensor<f32>
      "stablehlo.return"(%530) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %531 = stablehlo.multiply %525, %432 : tensor<2x17x64xf32>
    %532 = stablehlo.multiply %525, %431 : tensor<2x17x64xf32>
    %533 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %534 = "stablehlo.reduce"(%532, %533) ({
    ^bb0(%535: tensor<f32>, %536: tensor<f32>):
      %537 = stablehlo.add %535, %536 : tensor<f32>
      "stablehlo.return"(%537) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %538 = stablehlo.multiply %531, %430 : tensor<2x17x64xf32>
    %539 = stablehlo.multiply %531, %414 : tensor<2x17x64xf32>
    %540 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %541 = "stablehlo.reduce"(%539, %540) ({
    ^bb0(%542: tensor<f32>, %543: tensor<f32>):
      %544 = stablehlo.add %542, %543 : tensor<f32>
      "stablehlo.return"(%544) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %545 = "stablehlo.reshape"(%541) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %546 = stablehlo.divide %428, %427 : tensor<2x17x1xf32>
    %547 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %548 = "stablehlo.broadcast_in_dim"(%547) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %549 = stablehlo.multiply %546, %548 : tensor<2x17x1xf32>
    %550 = stablehlo.multiply %545, %549 : tensor<2x17x1xf32>
    %551 = "stablehlo.reshape"(%550) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %552 = stablehlo.multiply %551, %422 : tensor<2x17xf32>
    %553 = "stablehlo.broadcast_in_dim"(%552) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %554 = stablehlo.multiply %553, %414 : tensor<2x17x64xf32>
    %555 = stablehlo.multiply %553, %414 : tensor<2x17x64xf32>
    %556 = stablehlo.add %538, %554 : tensor<2x17x64xf32>
    %557 = stablehlo.add %556, %555 : tensor<2x17x64xf32>
    %558 = stablehlo.negate %557 : tensor<2x17x64xf32>
    %559 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %560 = "stablehlo.reduce"(%558, %559) ({
    ^bb0(%561: tensor<f32>, %562: tensor<f32>):
      %563 = stablehlo.add %561, %562 : tensor<f32>
      "stablehlo.return"(%563) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %564 = "stablehlo.reshape"(%560) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %565 = "stablehlo.reshape"(%564) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %566 = stablehlo.multiply %565, %409 : tensor<2x17xf32>
    %567 = "stablehlo.broadcast_in_dim"(%566) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %568 = stablehlo.add %557, %567 : tensor<2x17x64xf32>
    %569 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %570 = "stablehlo.reduce"(%568, %569) ({
    ^bb0(%571: tensor<f32>, %572: tensor<f32>):
      %573 = stablehlo.add %571, %572 : tensor<f32>
      "stablehlo.return"(%573) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %574 = "stablehlo.dot_general"(%568, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %575 = "stablehlo.dot_general"(%568, %398) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %576 = stablehlo.multiply %574, %397 : tensor<2x17x128xf32>
    %577 = stablehlo.multiply %576, %394 : tensor<2x17x128xf32>
    %578 = stablehlo.multiply %576, %387 : tensor<2x17x128xf32>
    %579 = stablehlo.multiply %390, %390 : tensor<2x17x128xf32>
    %580 = stablehlo.negate %579 : tensor<2x17x128xf32>
    %581 = stablehlo.exponential %580 : tensor<2x17x128xf32>
    %582 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %583 = "stablehlo.broadcast_in_dim"(%582) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %584 = stablehlo.multiply %581, %583 : tensor<2x17x128xf32>
    %585 = stablehlo.multiply %578, %584 : tensor<2x17x128xf32>
    %586 = stablehlo.multiply %585, %389 : tensor<2x17x128xf32>
    %587 = stablehlo.add %577, %586 : tensor<2x17x128xf32>
    %588 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %589 = "stablehlo.reduce"(%587, %588) ({
    ^bb0(%590: tensor<f32>, %591: tensor<f32>):
      %592 = stablehlo.add %590, %591 : tensor<f32>
      "stablehlo.return"(%592) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %593 = "stablehlo.dot_general"(%587, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %594 = "stablehlo.dot_general"(%587, %384) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %595 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %596 = "stablehlo.reduce"(%593, %595) ({
    ^bb0(%597: tensor<f32>, %598: tensor<f32>):
      %599 = stablehlo.add %597, %598 : tensor<f32>
      "stablehlo.return"(%599) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %600 = stablehlo.multiply %593, %381 : tensor<2x17x64xf32>
    %601 = stablehlo.multiply %593, %380 : tensor<2x17x64xf32>
    %602 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %603 = "stablehlo.reduce"(%601, %602) ({
    ^bb0(%604: tensor<f32>, %605: tensor<f32>):
      %606 = stablehlo.add %604, %605 : tensor<f32>
      "stablehlo.return"(%606) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %607 = stablehlo.multiply %600, %379 : tensor<2x17x64xf32>
    %608 = stablehlo.multiply %600, %363 : tensor<2x17x64xf32>
    %609 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %610 = "stablehlo.reduce"(%608, %609) ({
    ^bb0(%611: tensor<f32>, %612: tensor<f32>):
      %613 = stablehlo.add %611, %612 : tensor<f32>
      "stablehlo.return"(%613) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %614 = "stablehlo.reshape"(%610) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %615 = stablehlo.divide %377, %376 : tensor<2x17x1xf32>
    %616 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %617 = "stablehlo.broadcast_in_dim"(%616) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %618 = stablehlo.multiply %615, %617 : tensor<2x17x1xf32>
    %619 = stablehlo.multiply %614, %618 : tensor<2x17x1xf32>
    %620 = "stablehlo.reshape"(%619) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %621 = stablehlo.multiply %620, %371 : tensor<2x17xf32>
    %622 = "stablehlo.broadcast_in_dim"(%621) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %623 = stablehlo.multiply %622, %363 : tensor<2x17x64xf32>
    %624 = stablehlo.multiply %622, %363 : tensor<2x17x64xf32>
    %625 = stablehlo.add %607, %623 : tensor<2x17x64xf32>
    %626 = stablehlo.add %625, %624 : tensor<2x17x64xf32>
    %627 = stablehlo.negate %626 : tensor<2x17x64xf32>
    %628 = stablehlo.add %568, %626 : tensor<2x17x64xf32>
    %629 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %630 = "stablehlo.reduce"(%627, %629) ({
    ^bb0(%631: tensor<f32>, %632: tensor<f32>):
      %633 = stablehlo.add %631, %632 : tensor<f32>
      "stablehlo.return"(%633) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %634 = "stablehlo.reshape"(%630) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %635 = "stablehlo.reshape"(%634) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %636 = stablehlo.multiply %635, %358 : tensor<2x17xf32>
    %637 = "stablehlo.broadcast_in_dim"(%636) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %638 = stablehlo.add %628, %637 : tensor<2x17x64xf32>
    %639 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %640 = "stablehlo.reduce"(%638, %639) ({
    ^bb0(%641: tensor<f32>, %642: tensor<f32>):
      %643 = stablehlo.add %641, %642 : tensor<f32>
      "stablehlo.return"(%643) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %644 = "stablehlo.dot_general"(%638, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %645 = "stablehlo.dot_general"(%638, %347) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %646 = "stablehlo.reshape"(%644) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %647 = "stablehlo.transpose"(%646) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %648 = "stablehlo.dot_general"(%647, %321) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %649 = "stablehlo.dot_general"(%647, %344) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %650 = "stablehlo.transpose"(%649) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %651 = stablehlo.divide %648, %343 : tensor<2x4x17x17xf32>
    %652 = stablehlo.multiply %651, %344 : tensor<2x4x17x17xf32>
    %653 = stablehlo.negate %652 : tensor<2x4x17x17xf32>
    %654 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %655 = "stablehlo.reduce"(%653, %654) ({
    ^bb0(%656: tensor<f32>, %657: tensor<f32>):
      %658 = stablehlo.add %656, %657 : tensor<f32>
      "stablehlo.return"(%658) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %659 = "stablehlo.reshape"(%655) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %660 = "stablehlo.reshape"(%659) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %661 = "stablehlo.broadcast_in_dim"(%660) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %662 = stablehlo.add %651, %661 : tensor<2x4x17x17xf32>
    %663 = stablehlo.multiply %662, %335 : tensor<2x4x17x17xf32>
    %664 = stablehlo.multiply %663, %324 : tensor<2x4x17x17xf32>
    %665 = "stablehlo.dot_general"(%664, %316) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %666 = "stablehlo.dot_general"(%664, %311) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %667 = "stablehlo.transpose"(%650) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %668 = "stablehlo.reshape"(%667) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %669 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %670 = "stablehlo.reduce"(%668, %669) ({
    ^bb0(%671: tensor<f32>, %672: tensor<f32>):
      %673 = stablehlo.add %671, %672 : tensor<f32>
      "stablehlo.return"(%673) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %674 = "stablehlo.dot_general"(%668, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %675 = "stablehlo.dot_general"(%668, %306) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %676 = "stablehlo.transpose"(%666) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %677 = "stablehlo.reshape"(%676) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %678 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %679 = "stablehlo.reduce"(%677, %678) ({
    ^bb0(%680: tensor<f32>, %681: tensor<f32>):
      %682 = stablehlo.add %680, %681 : tensor<f32>
      "stablehlo.return"(%682) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %683 = "stablehlo.dot_general"(%677, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %684 = "stablehlo.dot_general"(%677, %306) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %685 = stablehlo.add %674, %683 : tensor<2x17x64xf32>
    %686 = "stablehlo.transpose"(%665) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %687 = "stablehlo.reshape"(%686) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %688 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %689 = "stablehlo.reduce"(%687, %688) ({
    ^bb0(%690: tensor<f32>, %691: tensor<f32>):
      %692 = stablehlo.add %690, %691 : tensor<f32>
      "stablehlo.return"(%692) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %693 = "stablehlo.dot_general"(%687, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %694 = "stablehlo.dot_general"(%687, %306) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %695 = stablehlo.add %685, %693 : tensor<2x17x64xf32>
    %696 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %697 = "stablehlo.reduce"(%695, %696) ({
    ^bb0(%698: tensor<f32>, %699: tensor<f32>):
      %700 = stablehlo.add %698, %699 : tensor<f32>
      "stablehlo.return"(%700) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %701 = stablehlo.multiply %695, %303 : tensor<2x17x64xf32>
    %702 = stablehlo.multiply %695, %302 : tensor<2x17x64xf32>
    %703 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %704 = "stablehlo.reduce"(%702, %703) ({
    ^bb0(%705: tensor<f32>, %706: tensor<f32>):
      %707 = stablehlo.add %705, %706 : tensor<f32>
      "stablehlo.return"(%707) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %708 = stablehlo.multiply %701, %301 : tensor<2x17x64xf32>
    %709 = stablehlo.multiply %701, %285 : tensor<2x17x64xf32>
    %710 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %711 = "stablehlo.reduce"(%709, %710) ({
    ^bb0(%712: tensor<f32>, %713: tensor<f32>):
      %714 = stablehlo.add %712, %713 : tensor<f32>
      "stablehlo.return"(%714) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %715 = "stablehlo.reshape"(%711) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %716 = stablehlo.divide %299, %298 : tensor<2x17x1xf32>
    %717 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %718 = "stablehlo.broadcast_in_dim"(%717) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %719 = stablehlo.multiply %716, %718 : tensor<2x17x1xf32>
    %720 = stablehlo.multiply %715, %719 : tensor<2x17x1xf32>
    %721 = "stablehlo.reshape"(%720) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %722 = stablehlo.multiply %721, %293 : tensor<2x17xf32>
    %723 = "stablehlo.broadcast_in_dim"(%722) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %724 = stablehlo.multiply %723, %285 : tensor<2x17x64xf32>
    %725 = stablehlo.multiply %723, %285 : tensor<2x17x64xf32>
    %726 = stablehlo.add %708, %724 : tensor<2x17x64xf32>
    %727 = stablehlo.add %726, %725 : tensor<2x17x64xf32>
    %728 = stablehlo.negate %727 : tensor<2x17x64xf32>
    %729 = stablehlo.add %638, %727 : tensor<2x17x64xf32>
    %730 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %731 = "stablehlo.reduce"(%728, %730) ({
    ^bb0(%732: tensor<f32>, %733: tensor<f32>):
      %734 = stablehlo.add %732, %733 : tensor<f32>
      "stablehlo.return"(%734) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %735 = "stablehlo.reshape"(%731) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %736 = "stablehlo.reshape"(%735) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %737 = stablehlo.multiply %736, %280 : tensor<2x17xf32>
    %738 = "stablehlo.broadcast_in_dim"(%737) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %739 = stablehlo.add %729, %738 : tensor<2x17x64xf32>
    %740 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %741 = "stablehlo.reduce"(%739, %740) ({
    ^bb0(%742: tensor<f32>, %743: tensor<f32>):
      %744 = stablehlo.add %742, %743 : tensor<f32>
      "stablehlo.return"(%744) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %745 = "stablehlo.dot_general"(%739, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %746 = "stablehlo.dot_general"(%739, %269) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %747 = stablehlo.multiply %745, %268 : tensor<2x17x128xf32>
    %748 = stablehlo.multiply %747, %265 : tensor<2x17x128xf32>
    %749 = stablehlo.multiply %747, %258 : tensor<2x17x128xf32>
    %750 = stablehlo.multiply %261, %261 : tensor<2x17x128xf32>
    %751 = stablehlo.negate %750 : tensor<2x17x128xf32>
    %752 = stablehlo.exponential %751 : tensor<2x17x128xf32>
    %753 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %754 = "stablehlo.broadcast_in_dim"(%753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %755 = stablehlo.multiply %752, %754 : tensor<2x17x128xf32>
    %756 = stablehlo.multiply %749, %755 : tensor<2x17x128xf32>
    %757 = stablehlo.multiply %756, %260 : tensor<2x17x128xf32>
    %758 = stablehlo.add %748, %757 : tensor<2x17x128xf32>
    %759 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %760 = "stablehlo.reduce"(%758, %759) ({
    ^bb0(%761: tensor<f32>, %762: tensor<f32>):
      %763 = stablehlo.add %761, %762 : tensor<f32>
      "stablehlo.return"(%763) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %764 = "stablehlo.dot_general"(%758, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %765 = "stablehlo.dot_general"(%758, %255) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %766 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %767 = "stablehlo.reduce"(%764, %766) ({
    ^bb0(%768: tensor<f32>, %769: tensor<f32>):
      %770 = stablehlo.add %768, %769 : tensor<f32>
      "stablehlo.return"(%770) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %771 = stablehlo.multiply %764, %252 : tensor<2x17x64xf32>
    %772 = stablehlo.multiply %764, %251 : tensor<2x17x64xf32>
    %773 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %774 = "stablehlo.reduce"(%772, %773) ({
    ^bb0(%775: tensor<f32>, %776: tensor<f32>):
      %777 = stablehlo.add %775, %776 : tensor<f32>
      "stablehlo.return"(%777) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %778 = stablehlo.multiply %771, %250 : tensor<2x17x64xf32>
    %779 = stablehlo.multiply %771, %234 : tensor<2x17x64xf32>
    %780 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %781 = "stablehlo.reduce"(%779, %780) ({
    ^bb0(%782: tensor<f32>, %783: tensor<f32>):
      %784 = stablehlo.add %782, %783 : tensor<f32>
      "stablehlo.return"(%784) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %785 = "stablehlo.reshape"(%781) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %786 = stablehlo.divide %248, %247 : tensor<2x17x1xf32>
    %787 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %788 = "stablehlo.broadcast_in_dim"(%787) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %789 = stablehlo.multiply %786, %788 : tensor<2x17x1xf32>
    %790 = stablehlo.multiply %785, %789 : tensor<2x17x1xf32>
    %791 = "stablehlo.reshape"(%790) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %792 = stablehlo.multiply %791, %242 : tensor<2x17xf32>
    %793 = "stablehlo.broadcast_in_dim"(%792) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %794 = stablehlo.multiply %793, %234 : tensor<2x17x64xf32>
    %795 = stablehlo.multiply %793, %234 : tensor<2x17x64xf32>
    %796 = stablehlo.add %778, %794 : tensor<2x17x64xf32>
    %797 = stablehlo.add %796, %795 : tensor<2x17x64xf32>
    %798 = stablehlo.negate %797 : tensor<2x17x64xf32>
    %799 = stablehlo.add %739, %797 : tensor<2x17x64xf32>
    %800 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %801 = "stablehlo.reduce"(%798, %800) ({
    ^bb0(%802: tensor<f32>, %803: tensor<f32>):
      %804 = stablehlo.add %802, %803 : tensor<f32>
      "stablehlo.return"(%804) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %805 = "stablehlo.reshape"(%801) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %806 = "stablehlo.reshape"(%805) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %807 = stablehlo.multiply %806, %229 : tensor<2x17xf32>
    %808 = "stablehlo.broadcast_in_dim"(%807) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %809 = stablehlo.add %799, %808 : tensor<2x17x64xf32>
    %810 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %811 = "stablehlo.reduce"(%809, %810) ({
    ^bb0(%812: tensor<f32>, %813: tensor<f32>):
      %814 = stablehlo.add %812, %813 : tensor<f32>
      "stablehlo.return"(%814) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %815 = "stablehlo.dot_general"(%809, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %816 = "stablehlo.dot_general"(%809, %218) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %817 = "stablehlo.reshape"(%815) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %818 = "stablehlo.transpose"(%817) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %819 = "stablehlo.dot_general"(%818, %192) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %820 = "stablehlo.dot_general"(%818, %215) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %821 = "stablehlo.transpose"(%820) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %822 = stablehlo.divide %819, %214 : tensor<2x4x17x17xf32>
    %823 = stablehlo.multiply %822, %215 : tensor<2x4x17x17xf32>
    %824 = stablehlo.negate %823 : tensor<2x4x17x17xf32>
    %825 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %826 = "stablehlo.reduce"(%824, %825) ({
    ^bb0(%827: tensor<f32>, %828: tensor<f32>):
      %829 = stablehlo.add %827, %828 : tensor<f32>
      "stablehlo.return"(%829) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %830 = "stablehlo.reshape"(%826) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %831 = "stablehlo.reshape"(%830) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %832 = "stablehlo.broadcast_in_dim"(%831) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %833 = stablehlo.add %822, %832 : tensor<2x4x17x17xf32>
    %834 = stablehlo.multiply %833, %206 : tensor<2x4x17x17xf32>
    %835 = stablehlo.multiply %834, %195 : tensor<2x4x17x17xf32>
    %836 = "stablehlo.dot_general"(%835, %187) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %837 = "stablehlo.dot_general"(%835, %182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %838 = "stablehlo.transpose"(%821) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %839 = "stablehlo.reshape"(%838) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %840 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %841 = "stablehlo.reduce"(%839, %840) ({
    ^bb0(%842: tensor<f32>, %843: tensor<f32>):
      %844 = stablehlo.add %842, %843 : tensor<f32>
      "stablehlo.return"(%844) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %845 = "stablehlo.dot_general"(%839, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %846 = "stablehlo.dot_general"(%839, %177) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %847 = "stablehlo.transpose"(%837) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %848 = "stablehlo.reshape"(%847) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %849 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %850 = "stablehlo.reduce"(%848, %849) ({
    ^bb0(%851: tensor<f32>, %852: tensor<f32>):
      %853 = stablehlo.add %851, %852 : tensor<f32>
      "stablehlo.return"(%853) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %854 = "stablehlo.dot_general"(%848, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %855 = "stablehlo.dot_general"(%848, %177) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %856 = stablehlo.add %845, %854 : tensor<2x17x64xf32>
    %857 = "stablehlo.transpose"(%836) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %858 = "stablehlo.reshape"(%857) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %859 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %860 = "stablehlo.reduce"(%858, %859) ({
    ^bb0(%861: tensor<f32>, %862: tensor<f32>):
      %863 = stablehlo.add %861, %862 : tensor<f32>
      "stablehlo.return"(%863) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %864 = "stablehlo.dot_general"(%858, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %865 = "stablehlo.dot_general"(%858, %177) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %866 = stablehlo.add %856, %864 : tensor<2x17x64xf32>
    %867 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %868 = "stablehlo.reduce"(%866, %867) ({
    ^bb0(%869: tensor<f32>, %870: tensor<f32>):
      %871 = stablehlo.add %869, %870 : tensor<f32>
      "stablehlo.return"(%871) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %872 = stablehlo.multiply %866, %174 : tensor<2x17x64xf32>
    %873 = stablehlo.multiply %866, %173 : tensor<2x17x64xf32>
    %874 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %875 = "stablehlo.reduce"(%873, %874) ({
    ^bb0(%876: tensor<f32>, %877: tensor<f32>):
      %878 = stablehlo.add %876, %877 : tensor<f32>
      "stablehlo.return"(%878) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %879 = stablehlo.multiply %872, %172 : tensor<2x17x64xf32>
    %880 = stablehlo.multiply %872, %156 : tensor<2x17x64xf32>
    %881 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %882 = "stablehlo.reduce"(%880, %881) ({
    ^bb0(%883: tensor<f32>, %884: tensor<f32>):
      %885 = stablehlo.add %883, %884 : tensor<f32>
      "stablehlo.return"(%885) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %886 = "stablehlo.reshape"(%882) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %887 = stablehlo.divide %170, %169 : tensor<2x17x1xf32>
    %888 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %889 = "stablehlo.broadcast_in_dim"(%888) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %890 = stablehlo.multiply %887, %889 : tensor<2x17x1xf32>
    %891 = stablehlo.multiply %886, %890 : tensor<2x17x1xf32>
    %892 = "stablehlo.reshape"(%891) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %893 = stablehlo.multiply %892, %164 : tensor<2x17xf32>
    %894 = "stablehlo.broadcast_in_dim"(%893) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %895 = stablehlo.multiply %894, %156 : tensor<2x17x64xf32>
    %896 = stablehlo.multiply %894, %156 : tensor<2x17x64xf32>
    %897 = stablehlo.add %879, %895 : tensor<2x17x64xf32>
    %898 = stablehlo.add %897, %896 : tensor<2x17x64xf32>
    %899 = stablehlo.negate %898 : tensor<2x17x64xf32>
    %900 = stablehlo.add %809, %898 : tensor<2x17x64xf32>
    %901 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %902 = "stablehlo.reduce"(%899, %901) ({
    ^bb0(%903: tensor<f32>, %904: tensor<f32>):
      %905 = stablehlo.add %903, %904 : tensor<f32>
      "stablehlo.return"(%905) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %906 = "stablehlo.reshape"(%902) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %907 = "stablehlo.reshape"(%906) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %908 = stablehlo.multiply %907, %151 : tensor<2x17xf32>
    %909 = "stablehlo.broadcast_in_dim"(%908) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %910 = stablehlo.add %900, %909 : tensor<2x17x64xf32>
    %911 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %912 = "stablehlo.reduce"(%910, %911) ({
    ^bb0(%913: tensor<f32>, %914: tensor<f32>):
      %915 = stablehlo.add %913, %914 : tensor<f32>
      "stablehlo.return"(%915) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<17x64xf32>
    %916 = "stablehlo.reshape"(%912) : (tensor<17x64xf32>) -> tensor<1x17x64xf32>
    %917 = "stablehlo.slice"(%910) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %918 = "stablehlo.slice"(%910) {limit_indices = array<i64: 2, 17, 64>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x16x64xf32>
    %919 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %920 = "stablehlo.reduce"(%917, %919) ({
    ^bb0(%921: tensor<f32>, %922: tensor<f32>):
      %923 = stablehlo.add %921, %922 : tensor<f32>
      "stablehlo.return"(%923) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %924 = "stablehlo.reshape"(%920) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %925 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %926 = "stablehlo.reduce"(%918, %925) ({
    ^bb0(%927: tensor<f32>, %928: tensor<f32>):
      %929 = stablehlo.add %927, %928 : tensor<f32>
      "stablehlo.return"(%929) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<64xf32>
    %930 = "stablehlo.dot_general"(%918, %134) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x16x64xf32>, tensor<2x16x192xf32>) -> tensor<64x192xf32>
    %931 = "stablehlo.reshape"(%930) : (tensor<64x192xf32>) -> tensor<64x3x8x8xf32>
    %932 = stablehlo.multiply %924, %924 : tensor<1x1x64xf32>
    %933 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %934 = "stablehlo.reduce"(%932, %933) ({
    ^bb0(%935: tensor<f32>, %936: tensor<f32>):
      %937 = stablehlo.add %935, %936 : tensor<f32>
      "stablehlo.return"(%937) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<f32>
    %938 = stablehlo.multiply %916, %916 : tensor<1x17x64xf32>
    %939 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %940 = "stablehlo.reduce"(%938, %939) ({
    ^bb0(%941: tensor<f32>, %942: tensor<f32>):
      %943 = stablehlo.add %941, %942 : tensor<f32>
      "stablehlo.return"(%943) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x17x64xf32>, tensor<f32>) -> tensor<f32>
    %944 = stablehlo.add %934, %940 : tensor<f32>
    %945 = stablehlo.multiply %931, %931 : tensor<64x3x8x8xf32>
    %946 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %947 = "stablehlo.reduce"(%945, %946) ({
    ^bb0(%948: tensor<f32>, %949: tensor<f32>):
      %950 = stablehlo.add %948, %949 : tensor<f32>
      "stablehlo.return"(%950) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x3x8x8xf32>, tensor<f32>) -> tensor<f32>
    %951 = stablehlo.add %944, %947 : tensor<f32>
    %952 = stablehlo.multiply %926, %926 : tensor<64xf32>
    %953 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %954 = "stablehlo.reduce"(%952, %953) ({
    ^bb0(%955: tensor<f32>, %956: tensor<f32>):
      %957 = stablehlo.add %955, %956 : tensor<f32>
      "stablehlo.return"(%957) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %958 = stablehlo.add %951, %954 : tensor<f32>
    %959 = stablehlo.multiply %875, %875 : tensor<64xf32>
    %960 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %961 = "stablehlo.reduce"(%959, %960) ({
    ^bb0(%962: tensor<f32>, %963: tensor<f32>):
      %964 = stablehlo.add %962, %963 : tensor<f32>
      "stablehlo.return"(%964) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %965 = stablehlo.add %958, %961 : tensor<f32>
    %966 = stablehlo.multiply %868, %868 : tensor<64xf32>
    %967 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %968 = "stablehlo.reduce"(%966, %967) ({
    ^bb0(%969: tensor<f32>, %970: tensor<f32>):
      %971 = stablehlo.add %969, %970 : tensor<f32>
      "stablehlo.return"(%971) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %972 = stablehlo.add %965, %968 : tensor<f32>
    %973 = stablehlo.multiply %865, %865 : tensor<64x64xf32>
    %974 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %975 = "stablehlo.reduce"(%973, %974) ({
    ^bb0(%976: tensor<f32>, %977: tensor<f32>):
      %978 = stablehlo.add %976, %977 : tensor<f32>
      "stablehlo.return"(%978) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %979 = stablehlo.add %972, %975 : tensor<f32>
    %980 = stablehlo.multiply %860, %860 : tensor<64xf32>
    %981 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %982 = "stablehlo.reduce"(%980, %981) ({
    ^bb0(%983: tensor<f32>, %984: tensor<f32>):
      %985 = stablehlo.add %983, %984 : tensor<f32>
      "stablehlo.return"(%985) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %986 = stablehlo.add %979, %982 : tensor<f32>
    %987 = stablehlo.multiply %855, %855 : tensor<64x64xf32>
    %988 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %989 = "stablehlo.reduce"(%987, %988) ({
    ^bb0(%990: tensor<f32>, %991: tensor<f32>):
      %992 = stablehlo.add %990, %991 : tensor<f32>
      "stablehlo.return"(%992) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %993 = stablehlo.add %986, %989 : tensor<f32>
    %994 = stablehlo.multiply %850, %850 : tensor<64xf32>
    %995 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %996 = "stablehlo.reduce"(%994, %995) ({
    ^bb0(%997: tensor<f32>, %998: tensor<f32>):
      %999 = stablehlo.add %997, %998 : tensor<f32>
      "stablehlo.return"(%999) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1000 = stablehlo.add %993, %996 : tensor<f32>
    %1001 = stablehlo.multiply %846, %846 : tensor<64x64xf32>
    %1002 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1003 = "stablehlo.reduce"(%1001, %1002) ({
    ^bb0(%1004: tensor<f32>, %1005: tensor<f32>):
      %1006 = stablehlo.add %1004, %1005 : tensor<f32>
      "stablehlo.return"(%1006) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1007 = stablehlo.add %1000, %1003 : tensor<f32>
    %1008 = stablehlo.multiply %841, %841 : tensor<64xf32>
    %1009 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1010 = "stablehlo.reduce"(%1008, %1009) ({
    ^bb0(%1011: tensor<f32>, %1012: tensor<f32>):
      %1013 = stablehlo.add %1011, %1012 : tensor<f32>
      "stablehlo.return"(%1013) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1014 = stablehlo.add %1007, %1010 : tensor<f32>
    %1015 = stablehlo.multiply %816, %816 : tensor<64x64xf32>
    %1016 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1017 = "stablehlo.reduce"(%1015, %1016) ({
    ^bb0(%1018: tensor<f32>, %1019: tensor<f32>):
      %1020 = stablehlo.add %1018, %1019 : tensor<f32>
      "stablehlo.return"(%1020) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1021 = stablehlo.add %1014, %1017 : tensor<f32>
    %1022 = stablehlo.multiply %811, %811 : tensor<64xf32>
    %1023 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1024 = "stablehlo.reduce"(%1022, %1023) ({
    ^bb0(%1025: tensor<f32>, %1026: tensor<f32>):
      %1027 = stablehlo.add %1025, %1026 : tensor<f32>
      "stablehlo.return"(%1027) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1028 = stablehlo.add %1021, %1024 : tensor<f32>
    %1029 = stablehlo.multiply %774, %774 : tensor<64xf32>
    %1030 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1031 = "stablehlo.reduce"(%1029, %1030) ({
    ^bb0(%1032: tensor<f32>, %1033: tensor<f32>):
      %1034 = stablehlo.add %1032, %1033 : tensor<f32>
      "stablehlo.return"(%1034) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1035 = stablehlo.add %1028, %1031 : tensor<f32>
    %1036 = stablehlo.multiply %767, %767 : tensor<64xf32>
    %1037 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1038 = "stablehlo.reduce"(%1036, %1037) ({
    ^bb0(%1039: tensor<f32>, %1040: tensor<f32>):
      %1041 = stablehlo.add %1039, %1040 : tensor<f32>
      "stablehlo.return"(%1041) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1042 = stablehlo.add %1035, %1038 : tensor<f32>
    %1043 = stablehlo.multiply %765, %765 : tensor<128x64xf32>
    %1044 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1045 = "stablehlo.reduce"(%1043, %1044) ({
    ^bb0(%1046: tensor<f32>, %1047: tensor<f32>):
      %1048 = stablehlo.add %1046, %1047 : tensor<f32>
      "stablehlo.return"(%1048) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1049 = stablehlo.add %1042, %1045 : tensor<f32>
    %1050 = stablehlo.multiply %760, %760 : tensor<128xf32>
    %1051 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1052 = "stablehlo.reduce"(%1050, %1051) ({
    ^bb0(%1053: tensor<f32>, %1054: tensor<f32>):
      %1055 = stablehlo.add %1053, %1054 : tensor<f32>
      "stablehlo.return"(%1055) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1056 = stablehlo.add %1049, %1052 : tensor<f32>
    %1057 = stablehlo.multiply %746, %746 : tensor<64x128xf32>
    %1058 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1059 = "stablehlo.reduce"(%1057, %1058) ({
    ^bb0(%1060: tensor<f32>, %1061: tensor<f32>):
      %1062 = stablehlo.add %1060, %1061 : tensor<f32>
      "stablehlo.return"(%1062) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1063 = stablehlo.add %1056, %1059 : tensor<f32>
    %1064 = stablehlo.multiply %741, %741 : tensor<64xf32>
    %1065 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1066 = "stablehlo.reduce"(%1064, %1065) ({
    ^bb0(%1067: tensor<f32>, %1068: tensor<f32>):
      %1069 = stablehlo.add %1067, %1068 : tensor<f32>
      "stablehlo.return"(%1069) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1070 = stablehlo.add %1063, %1066 : tensor<f32>
    %1071 = stablehlo.multiply %704, %704 : tensor<64xf32>
    %1072 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1073 = "stablehlo.reduce"(%1071, %1072) ({
    ^bb0(%1074: tensor<f32>, %1075: tensor<f32>):
      %1076 = stablehlo.add %1074, %1075 : tensor<f32>
      "stablehlo.return"(%1076) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1077 = stablehlo.add %1070, %1073 : tensor<f32>
    %1078 = stablehlo.multiply %697, %697 : tensor<64xf32>
    %1079 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1080 = "stablehlo.reduce"(%1078, %1079) ({
    ^bb0(%1081: tensor<f32>, %1082: tensor<f32>):
      %1083 = stablehlo.add %1081, %1082 : tensor<f32>
      "stablehlo.return"(%1083) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1084 = stablehlo.add %1077, %1080 : tensor<f32>
    %1085 = stablehlo.multiply %694, %694 : tensor<64x64xf32>
    %1086 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1087 = "stablehlo.reduce"(%1085, %1086) ({
    ^bb0(%1088: tensor<f32>, %1089: tensor<f32>):
      %1090 = stablehlo.add %1088, %1089 : tensor<f32>
      "stablehlo.return"(%1090) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1091 = stablehlo.add %1084, %1087 : tensor<f32>
    %1092 = stablehlo.multiply %689, %689 : tensor<64xf32>
    %1093 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1094 = "stablehlo.reduce"(%1092, %1093) ({
    ^bb0(%1095: tensor<f32>, %1096: tensor<f32>):
      %1097 = stablehlo.add %1095, %1096 : tensor<f32>
      "stablehlo.return"(%1097) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1098 = stablehlo.add %1091, %1094 : tensor<f32>
    %1099 = stablehlo.multiply %684, %684 : tensor<64x64xf32>
    %1100 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1101 = "stablehlo.reduce"(%1099, %1100) ({
    ^bb0(%1102: tensor<f32>, %1103: tensor<f32>):
      %1104 = stablehlo.add %1102, %1103 : tensor<f32>
      "stablehlo.return"(%1104) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1105 = stablehlo.add %1098, %1101 : tensor<f32>
    %1106 = stablehlo.multiply %679, %679 : tensor<64xf32>
    %1107 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1108 = "stablehlo.reduce"(%1106, %1107) ({
    ^bb0(%1109: tensor<f32>, %1110: tensor<f32>):
      %1111 = stablehlo.add %1109, %1110 : tensor<f32>
      "stablehlo.return"(%1111) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1112 = stablehlo.add %1105, %1108 : tensor<f32>
    %1113 = stablehlo.multiply %675, %675 : tensor<64x64xf32>
    %1114 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1115 = "stablehlo.reduce"(%1113, %1114) ({
    ^bb0(%1116: tensor<f32>, %1117: tensor<f32>):
      %1118 = stablehlo.add %1116, %1117 : tensor<f32>
      "stablehlo.return"(%1118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1119 = stablehlo.add %1112, %1115 : tensor<f32>
    %1120 = stablehlo.multiply %670, %670 : tensor<64xf32>
    %1121 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1122 = "stablehlo.reduce"(%1120, %1121) ({
    ^bb0(%1123: tensor<f32>, %1124: tensor<f32>):
      %1125 = stablehlo.add %1123, %1124 : tensor<f32>
      "stablehlo.return"(%1125) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1126 = stablehlo.add %1119, %1122 : tensor<f32>
    %1127 = stablehlo.multiply %645, %645 : tensor<64x64xf32>
    %1128 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1129 = "stablehlo.reduce"(%1127, %1128) ({
    ^bb0(%1130: tensor<f32>, %1131: tensor<f32>):
      %1132 = stablehlo.add %1130, %1131 : tensor<f32>
      "stablehlo.return"(%1132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1133 = stablehlo.add %1126, %1129 : tensor<f32>
    %1134 = stablehlo.multiply %640, %640 : tensor<64xf32>
    %1135 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1136 = "stablehlo.reduce"(%1134, %1135) ({
    ^bb0(%1137: tensor<f32>, %1138: tensor<f32>):
      %1139 = stablehlo.add %1137, %1138 : tensor<f32>
      "stablehlo.return"(%1139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1140 = stablehlo.add %1133, %1136 : tensor<f32>
    %1141 = stablehlo.multiply %603, %603 : tensor<64xf32>
    %1142 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1143 = "stablehlo.reduce"(%1141, %1142) ({
    ^bb0(%1144: tensor<f32>, %1145: tensor<f32>):
      %1146 = stablehlo.add %1144, %1145 : tensor<f32>
      "stablehlo.return"(%1146) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1147 = stablehlo.add %1140, %1143 : tensor<f32>
    %1148 = stablehlo.multiply %596, %596 : tensor<64xf32>
    %1149 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1150 = "stablehlo.reduce"(%1148, %1149) ({
    ^bb0(%1151: tensor<f32>, %1152: tensor<f32>):
      %1153 = stablehlo.add %1151, %1152 : tensor<f32>
      "stablehlo.return"(%1153) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1154 = stablehlo.add %1147, %1150 : tensor<f32>
    %1155 = stablehlo.multiply %594, %594 : tensor<128x64xf32>
    %1156 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1157 = "stablehlo.reduce"(%1155, %1156) ({
    ^bb0(%1158: tensor<f32>, %1159: tensor<f32>):
      %1160 = stablehlo.add %1158, %1159 : tensor<f32>
      "stablehlo.return"(%1160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1161 = stablehlo.add %1154, %1157 : tensor<f32>
    %1162 = stablehlo.multiply %589, %589 : tensor<128xf32>
    %1163 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1164 = "stablehlo.reduce"(%1162, %1163) ({
    ^bb0(%1165: tensor<f32>, %1166: tensor<f32>):
      %1167 = stablehlo.add %1165, %1166 : tensor<f32>
      "stablehlo.return"(%1167) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1168 = stablehlo.add %1161, %1164 : tensor<f32>
    %1169 = stablehlo.multiply %575, %575 : tensor<64x128xf32>
    %1170 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1171 = "stablehlo.reduce"(%1169, %1170) ({
    ^bb0(%1172: tensor<f32>, %1173: tensor<f32>):
      %1174 = stablehlo.add %1172, %1173 : tensor<f32>
      "stablehlo.return"(%1174) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1175 = stablehlo.add %1168, %1171 : tensor<f32>
    %1176 = stablehlo.multiply %570, %570 : tensor<64xf32>
    %1177 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1178 = "stablehlo.reduce"(%1176, %1177) ({
    ^bb0(%1179: tensor<f32>, %1180: tensor<f32>):
      %1181 = stablehlo.add %1179, %1180 : tensor<f32>
      "stablehlo.return"(%1181) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1182 = stablehlo.add %1175, %1178 : tensor<f32>
    %1183 = stablehlo.multiply %534, %534 : tensor<64xf32>
    %1184 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1185 = "stablehlo.reduce"(%1183, %1184) ({
    ^bb0(%1186: tensor<f32>, %1187: tensor<f32>):
      %1188 = stablehlo.add %1186, %1187 : tensor<f32>
      "stablehlo.return"(%1188) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1189 = stablehlo.add %1182, %1185 : tensor<f32>
    %1190 = stablehlo.multiply %527, %527 : tensor<64xf32>
    %1191 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1192 = "stablehlo.reduce"(%1190, %1191) ({
    ^bb0(%1193: tensor<f32>, %1194: tensor<f32>):
      %1195 = stablehlo.add %1193, %1194 : tensor<f32>
      "stablehlo.return"(%1195) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1196 = stablehlo.add %1189, %1192 : tensor<f32>
    %1197 = stablehlo.multiply %522, %522 : tensor<5x64xf32>
    %1198 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1199 = "stablehlo.reduce"(%1197, %1198) ({
    ^bb0(%1200: tensor<f32>, %1201: tensor<f32>):
      %1202 = stablehlo.add %1200, %1201 : tensor<f32>
      "stablehlo.return"(%1202) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<5x64xf32>, tensor<f32>) -> tensor<f32>
    %1203 = stablehlo.add %1196, %1199 : tensor<f32>
    %1204 = stablehlo.multiply %517, %517 : tensor<5xf32>
    %1205 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1206 = "stablehlo.reduce"(%1204, %1205) ({
    ^bb0(%1207: tensor<f32>, %1208: tensor<f32>):
      %1209 = stablehlo.add %1207, %1208 : tensor<f32>
      "stablehlo.return"(%1209) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %1210 = stablehlo.add %1203, %1206 : tensor<f32>
    %1211 = stablehlo.sqrt %1210 : tensor<f32>
    %1212 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1213 = "stablehlo.compare"(%1211, %1212) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1214 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1215 = "stablehlo.broadcast_in_dim"(%1214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1216 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1217 = stablehlo.divide %1216, %1211 : tensor<f32>
    %1218 = "stablehlo.select"(%1213, %1215, %1217) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1219 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1220 = stablehlo.multiply %924, %1219 : tensor<1x1x64xf32>
    %1221 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1222 = stablehlo.multiply %916, %1221 : tensor<1x17x64xf32>
    %1223 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1224 = stablehlo.multiply %931, %1223 : tensor<64x3x8x8xf32>
    %1225 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1226 = stablehlo.multiply %926, %1225 : tensor<64xf32>
    %1227 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1228 = stablehlo.multiply %875, %1227 : tensor<64xf32>
    %1229 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1230 = stablehlo.multiply %868, %1229 : tensor<64xf32>
    %1231 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1232 = stablehlo.multiply %865, %1231 : tensor<64x64xf32>
    %1233 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1234 = stablehlo.multiply %860, %1233 : tensor<64xf32>
    %1235 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1236 = stablehlo.multiply %855, %1235 : tensor<64x64xf32>
    %1237 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1238 = stablehlo.multiply %850, %1237 : tensor<64xf32>
    %1239 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1240 = stablehlo.multiply %846, %1239 : tensor<64x64xf32>
    %1241 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1242 = stablehlo.multiply %841, %1241 : tensor<64xf32>
    %1243 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1244 = stablehlo.multiply %816, %1243 : tensor<64x64xf32>
    %1245 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1246 = stablehlo.multiply %811, %1245 : tensor<64xf32>
    %1247 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1248 = stablehlo.multiply %774, %1247 : tensor<64xf32>
    %1249 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1250 = stablehlo.multiply %767, %1249 : tensor<64xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1252 = stablehlo.multiply %765, %1251 : tensor<128x64xf32>
    %1253 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1254 = stablehlo.multiply %760, %1253 : tensor<128xf32>
    %1255 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1256 = stablehlo.multiply %746, %1255 : tensor<64x128xf32>
    %1257 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1258 = stablehlo.multiply %741, %1257 : tensor<64xf32>
    %1259 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1260 = stablehlo.multiply %704, %1259 : tensor<64xf32>
    %1261 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1262 = stablehlo.multiply %697, %1261 : tensor<64xf32>
    %1263 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1264 = stablehlo.multiply %694, %1263 : tensor<64x64xf32>
    %1265 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1266 = stablehlo.multiply %689, %1265 : tensor<64xf32>
    %1267 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1268 = stablehlo.multiply %684, %1267 : tensor<64x64xf32>
    %1269 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1270 = stablehlo.multiply %679, %1269 : tensor<64xf32>
    %1271 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1272 = stablehlo.multiply %675, %1271 : tensor<64x64xf32>
    %1273 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1274 = stablehlo.multiply %670, %1273 : tensor<64xf32>
    %1275 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1276 = stablehlo.multiply %645, %1275 : tensor<64x64xf32>
    %1277 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1278 = stablehlo.multiply %640, %1277 : tensor<64xf32>
    %1279 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1280 = stablehlo.multiply %603, %1279 : tensor<64xf32>
    %1281 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1282 = stablehlo.multiply %596, %1281 : tensor<64xf32>
    %1283 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1284 = stablehlo.multiply %594, %1283 : tensor<128x64xf32>
    %1285 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1286 = stablehlo.multiply %589, %1285 : tensor<128xf32>
    %1287 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1288 = stablehlo.multiply %575, %1287 : tensor<64x128xf32>
    %1289 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1290 = stablehlo.multiply %570, %1289 : tensor<64xf32>
    %1291 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1292 = stablehlo.multiply %534, %1291 : tensor<64xf32>
    %1293 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1294 = stablehlo.multiply %527, %1293 : tensor<64xf32>
    %1295 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %1296 = stablehlo.multiply %522, %1295 : tensor<5x64xf32>
    %1297 = "stablehlo.broadcast_in_dim"(%1218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %1298 = stablehlo.multiply %517, %1297 : tensor<5xf32>
    %1299 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<f32>
    %1300 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1301 = stablehlo.multiply %1299, %1300 : tensor<f32>
    %1302 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %1303 = stablehlo.add %1299, %1302 : tensor<f32>
    %1304 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %1305 = stablehlo.minimum %1303, %1304 : tensor<f32>
    %1306 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %1307 = stablehlo.multiply %1305, %1306 : tensor<f32>
    %1308 = stablehlo.cosine %1307 : tensor<f32>
    %1309 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1310 = stablehlo.add %1308, %1309 : tensor<f32>
    %1311 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %1312 = stablehlo.multiply %1310, %1311 : tensor<f32>
    %1313 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %1314 = "stablehlo.compare"(%1299, %1313) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1315 = "stablehlo.select"(%1314, %1301, %1312) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1316 = stablehlo.constant dense<1> : tensor<i32>
    %1317 = stablehlo.add %arg120, %1316 : tensor<i32>
    %1318 = "stablehlo.convert"(%1317) : (tensor<i32>) -> tensor<f32>
    %1319 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1320 = "stablehlo.broadcast_in_dim"(%1319) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1321 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1322 = stablehlo.power %1321, %1318 : tensor<f32>
    %1323 = stablehlo.subtract %1320, %1322 : tensor<f32>
    %1324 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1325 = "stablehlo.broadcast_in_dim"(%1324) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1326 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1327 = stablehlo.power %1326, %1318 : tensor<f32>
    %1328 = stablehlo.subtract %1325, %1327 : tensor<f32>
    %1329 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1330 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1331 = stablehlo.multiply %arg40, %1330 : tensor<1x1x64xf32>
    %1332 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1333 = "stablehlo.broadcast_in_dim"(%1332) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1334 = stablehlo.multiply %1220, %1333 : tensor<1x1x64xf32>
    %1335 = stablehlo.add %1331, %1334 : tensor<1x1x64xf32>
    %1336 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1337 = "stablehlo.broadcast_in_dim"(%1336) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1338 = stablehlo.multiply %arg80, %1337 : tensor<1x1x64xf32>
    %1339 = stablehlo.multiply %1220, %1220 : tensor<1x1x64xf32>
    %1340 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1341 = "stablehlo.broadcast_in_dim"(%1340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1342 = stablehlo.multiply %1339, %1341 : tensor<1x1x64xf32>
    %1343 = stablehlo.add %1338, %1342 : tensor<1x1x64xf32>
    %1344 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1345 = stablehlo.divide %1335, %1344 : tensor<1x1x64xf32>
    %1346 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1347 = stablehlo.divide %1343, %1346 : tensor<1x1x64xf32>
    %1348 = stablehlo.sqrt %1347 : tensor<1x1x64xf32>
    %1349 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1350 = "stablehlo.broadcast_in_dim"(%1349) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1351 = stablehlo.add %1348, %1350 : tensor<1x1x64xf32>
    %1352 = stablehlo.divide %1345, %1351 : tensor<1x1x64xf32>
    %1353 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1354 = stablehlo.multiply %1352, %1353 : tensor<1x1x64xf32>
    %1355 = stablehlo.subtract %arg0, %1354 : tensor<1x1x64xf32>
    %1356 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1357 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1358 = stablehlo.multiply %arg41, %1357 : tensor<1x17x64xf32>
    %1359 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1360 = "stablehlo.broadcast_in_dim"(%1359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1361 = stablehlo.multiply %1222, %1360 : tensor<1x17x64xf32>
    %1362 = stablehlo.add %1358, %1361 : tensor<1x17x64xf32>
    %1363 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1364 = "stablehlo.broadcast_in_dim"(%1363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1365 = stablehlo.multiply %arg81, %1364 : tensor<1x17x64xf32>
    %1366 = stablehlo.multiply %1222, %1222 : tensor<1x17x64xf32>
    %1367 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1368 = "stablehlo.broadcast_in_dim"(%1367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1369 = stablehlo.multiply %1366, %1368 : tensor<1x17x64xf32>
    %1370 = stablehlo.add %1365, %1369 : tensor<1x17x64xf32>
    %1371 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1372 = stablehlo.divide %1362, %1371 : tensor<1x17x64xf32>
    %1373 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1374 = stablehlo.divide %1370, %1373 : tensor<1x17x64xf32>
    %1375 = stablehlo.sqrt %1374 : tensor<1x17x64xf32>
    %1376 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1377 = "stablehlo.broadcast_in_dim"(%1376) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1378 = stablehlo.add %1375, %1377 : tensor<1x17x64xf32>
    %1379 = stablehlo.divide %1372, %1378 : tensor<1x17x64xf32>
    %1380 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1381 = stablehlo.multiply %1379, %1380 : tensor<1x17x64xf32>
    %1382 = stablehlo.subtract %arg1, %1381 : tensor<1x17x64xf32>
    %1383 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1384 = "stablehlo.broadcast_in_dim"(%1383) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1385 = stablehlo.multiply %arg42, %1384 : tensor<64x3x8x8xf32>
    %1386 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1387 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1388 = stablehlo.multiply %1224, %1387 : tensor<64x3x8x8xf32>
    %1389 = stablehlo.add %1385, %1388 : tensor<64x3x8x8xf32>
    %1390 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1391 = "stablehlo.broadcast_in_dim"(%1390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1392 = stablehlo.multiply %arg82, %1391 : tensor<64x3x8x8xf32>
    %1393 = stablehlo.multiply %1224, %1224 : tensor<64x3x8x8xf32>
    %1394 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1395 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1396 = stablehlo.multiply %1393, %1395 : tensor<64x3x8x8xf32>
    %1397 = stablehlo.add %1392, %1396 : tensor<64x3x8x8xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1399 = stablehlo.divide %1389, %1398 : tensor<64x3x8x8xf32>
    %1400 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1401 = stablehlo.divide %1397, %1400 : tensor<64x3x8x8xf32>
    %1402 = stablehlo.sqrt %1401 : tensor<64x3x8x8xf32>
    %1403 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1404 = "stablehlo.broadcast_in_dim"(%1403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1405 = stablehlo.add %1402, %1404 : tensor<64x3x8x8xf32>
    %1406 = stablehlo.divide %1399, %1405 : tensor<64x3x8x8xf32>
    %1407 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1408 = "stablehlo.broadcast_in_dim"(%1407) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1409 = stablehlo.multiply %arg2, %1408 : tensor<64x3x8x8xf32>
    %1410 = stablehlo.add %1406, %1409 : tensor<64x3x8x8xf32>
    %1411 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1412 = stablehlo.multiply %1410, %1411 : tensor<64x3x8x8xf32>
    %1413 = stablehlo.subtract %arg2, %1412 : tensor<64x3x8x8xf32>
    %1414 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1415 = "stablehlo.broadcast_in_dim"(%1414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1416 = stablehlo.multiply %arg43, %1415 : tensor<64xf32>
    %1417 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1418 = "stablehlo.broadcast_in_dim"(%1417) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1419 = stablehlo.multiply %1226, %1418 : tensor<64xf32>
    %1420 = stablehlo.add %1416, %1419 : tensor<64xf32>
    %1421 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1422 = "stablehlo.broadcast_in_dim"(%1421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1423 = stablehlo.multiply %arg83, %1422 : tensor<64xf32>
    %1424 = stablehlo.multiply %1226, %1226 : tensor<64xf32>
    %1425 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1426 = "stablehlo.broadcast_in_dim"(%1425) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1427 = stablehlo.multiply %1424, %1426 : tensor<64xf32>
    %1428 = stablehlo.add %1423, %1427 : tensor<64xf32>
    %1429 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1430 = stablehlo.divide %1420, %1429 : tensor<64xf32>
    %1431 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1432 = stablehlo.divide %1428, %1431 : tensor<64xf32>
    %1433 = stablehlo.sqrt %1432 : tensor<64xf32>
    %1434 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1435 = "stablehlo.broadcast_in_dim"(%1434) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1436 = stablehlo.add %1433, %1435 : tensor<64xf32>
    %1437 = stablehlo.divide %1430, %1436 : tensor<64xf32>
    %1438 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1439 = stablehlo.multiply %1437, %1438 : tensor<64xf32>
    %1440 = stablehlo.subtract %arg3, %1439 : tensor<64xf32>
    %1441 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1442 = "stablehlo.broadcast_in_dim"(%1441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1443 = stablehlo.multiply %arg44, %1442 : tensor<64xf32>
    %1444 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1445 = "stablehlo.broadcast_in_dim"(%1444) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1446 = stablehlo.multiply %1228, %1445 : tensor<64xf32>
    %1447 = stablehlo.add %1443, %1446 : tensor<64xf32>
    %1448 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1449 = "stablehlo.broadcast_in_dim"(%1448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1450 = stablehlo.multiply %arg84, %1449 : tensor<64xf32>
    %1451 = stablehlo.multiply %1228, %1228 : tensor<64xf32>
    %1452 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1453 = "stablehlo.broadcast_in_dim"(%1452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1454 = stablehlo.multiply %1451, %1453 : tensor<64xf32>
    %1455 = stablehlo.add %1450, %1454 : tensor<64xf32>
    %1456 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1457 = stablehlo.divide %1447, %1456 : tensor<64xf32>
    %1458 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1459 = stablehlo.divide %1455, %1458 : tensor<64xf32>
    %1460 = stablehlo.sqrt %1459 : tensor<64xf32>
    %1461 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1462 = "stablehlo.broadcast_in_dim"(%1461) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1463 = stablehlo.add %1460, %1462 : tensor<64xf32>
    %1464 = stablehlo.divide %1457, %1463 : tensor<64xf32>
    %1465 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1466 = stablehlo.multiply %1464, %1465 : tensor<64xf32>
    %1467 = stablehlo.subtract %arg4, %1466 : tensor<64xf32>
    %1468 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1469 = "stablehlo.broadcast_in_dim"(%1468) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1470 = stablehlo.multiply %arg45, %1469 : tensor<64xf32>
    %1471 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1472 = "stablehlo.broadcast_in_dim"(%1471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1473 = stablehlo.multiply %1230, %1472 : tensor<64xf32>
    %1474 = stablehlo.add %1470, %1473 : tensor<64xf32>
    %1475 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1476 = "stablehlo.broadcast_in_dim"(%1475) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1477 = stablehlo.multiply %arg85, %1476 : tensor<64xf32>
    %1478 = stablehlo.multiply %1230, %1230 : tensor<64xf32>
    %1479 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1480 = "stablehlo.broadcast_in_dim"(%1479) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1481 = stablehlo.multiply %1478, %1480 : tensor<64xf32>
    %1482 = stablehlo.add %1477, %1481 : tensor<64xf32>
    %1483 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1484 = stablehlo.divide %1474, %1483 : tensor<64xf32>
    %1485 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1486 = stablehlo.divide %1482, %1485 : tensor<64xf32>
    %1487 = stablehlo.sqrt %1486 : tensor<64xf32>
    %1488 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1489 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1490 = stablehlo.add %1487, %1489 : tensor<64xf32>
    %1491 = stablehlo.divide %1484, %1490 : tensor<64xf32>
    %1492 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1493 = stablehlo.multiply %1491, %1492 : tensor<64xf32>
    %1494 = stablehlo.subtract %arg5, %1493 : tensor<64xf32>
    %1495 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1496 = "stablehlo.broadcast_in_dim"(%1495) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1497 = stablehlo.multiply %arg46, %1496 : tensor<64x64xf32>
    %1498 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1499 = "stablehlo.broadcast_in_dim"(%1498) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1500 = stablehlo.multiply %1232, %1499 : tensor<64x64xf32>
    %1501 = stablehlo.add %1497, %1500 : tensor<64x64xf32>
    %1502 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1503 = "stablehlo.broadcast_in_dim"(%1502) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1504 = stablehlo.multiply %arg86, %1503 : tensor<64x64xf32>
    %1505 = stablehlo.multiply %1232, %1232 : tensor<64x64xf32>
    %1506 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1507 = "stablehlo.broadcast_in_dim"(%1506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1508 = stablehlo.multiply %1505, %1507 : tensor<64x64xf32>
    %1509 = stablehlo.add %1504, %1508 : tensor<64x64xf32>
    %1510 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1511 = stablehlo.divide %1501, %1510 : tensor<64x64xf32>
    %1512 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1513 = stablehlo.divide %1509, %1512 : tensor<64x64xf32>
    %1514 = stablehlo.sqrt %1513 : tensor<64x64xf32>
    %1515 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1516 = "stablehlo.broadcast_in_dim"(%1515) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1517 = stablehlo.add %1514, %1516 : tensor<64x64xf32>
    %1518 = stablehlo.divide %1511, %1517 : tensor<64x64xf32>
    %1519 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1520 = "stablehlo.broadcast_in_dim"(%1519) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1521 = stablehlo.multiply %arg6, %1520 : tensor<64x64xf32>
    %1522 = stablehlo.add %1518, %1521 : tensor<64x64xf32>
    %1523 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1524 = stablehlo.multiply %1522, %1523 : tensor<64x64xf32>
    %1525 = stablehlo.subtract %arg6, %1524 : tensor<64x64xf32>
    %1526 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1527 = "stablehlo.broadcast_in_dim"(%1526) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1528 = stablehlo.multiply %arg47, %1527 : tensor<64xf32>
    %1529 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1530 = "stablehlo.broadcast_in_dim"(%1529) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1531 = stablehlo.multiply %1234, %1530 : tensor<64xf32>
    %1532 = stablehlo.add %1528, %1531 : tensor<64xf32>
    %1533 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1534 = "stablehlo.broadcast_in_dim"(%1533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1535 = stablehlo.multiply %arg87, %1534 : tensor<64xf32>
    %1536 = stablehlo.multiply %1234, %1234 : tensor<64xf32>
    %1537 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1538 = "stablehlo.broadcast_in_dim"(%1537) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1539 = stablehlo.multiply %1536, %1538 : tensor<64xf32>
    %1540 = stablehlo.add %1535, %1539 : tensor<64xf32>
    %1541 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1542 = stablehlo.divide %1532, %1541 : tensor<64xf32>
    %1543 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1544 = stablehlo.divide %1540, %1543 : tensor<64xf32>
    %1545 = stablehlo.sqrt %1544 : tensor<64xf32>
    %1546 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1547 = "stablehlo.broadcast_in_dim"(%1546) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1548 = stablehlo.add %1545, %1547 : tensor<64xf32>
    %1549 = stablehlo.divide %1542, %1548 : tensor<64xf32>
    %1550 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1551 = stablehlo.multiply %1549, %1550 : tensor<64xf32>
    %1552 = stablehlo.subtract %arg7, %1551 : tensor<64xf32>
    %1553 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1554 = "stablehlo.broadcast_in_dim"(%1553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1555 = stablehlo.multiply %arg48, %1554 : tensor<64x64xf32>
    %1556 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1557 = "stablehlo.broadcast_in_dim"(%1556) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1558 = stablehlo.multiply %1236, %1557 : tensor<64x64xf32>
    %1559 = stablehlo.add %1555, %1558 : tensor<64x64xf32>
    %1560 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1561 = "stablehlo.broadcast_in_dim"(%1560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1562 = stablehlo.multiply %arg88, %1561 : tensor<64x64xf32>
    %1563 = stablehlo.multiply %1236, %1236 : tensor<64x64xf32>
    %1564 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1565 = "stablehlo.broadcast_in_dim"(%1564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1566 = stablehlo.multiply %1563, %1565 : tensor<64x64xf32>
    %1567 = stablehlo.add %1562, %1566 : tensor<64x64xf32>
    %1568 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1569 = stablehlo.divide %1559, %1568 : tensor<64x64xf32>
    %1570 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1571 = stablehlo.divide %1567, %1570 : tensor<64x64xf32>
    %1572 = stablehlo.sqrt %1571 : tensor<64x64xf32>
    %1573 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1574 = "stablehlo.broadcast_in_dim"(%1573) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1575 = stablehlo.add %1572, %1574 : tensor<64x64xf32>
    %1576 = stablehlo.divide %1569, %1575 : tensor<64x64xf32>
    %1577 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1578 = "stablehlo.broadcast_in_dim"(%1577) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1579 = stablehlo.multiply %arg8, %1578 : tensor<64x64xf32>
    %1580 = stablehlo.add %1576, %1579 : tensor<64x64xf32>
    %1581 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1582 = stablehlo.multiply %1580, %1581 : tensor<64x64xf32>
    %1583 = stablehlo.subtract %arg8, %1582 : tensor<64x64xf32>
    %1584 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1585 = "stablehlo.broadcast_in_dim"(%1584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1586 = stablehlo.multiply %arg49, %1585 : tensor<64xf32>
    %1587 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1588 = "stablehlo.broadcast_in_dim"(%1587) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1589 = stablehlo.multiply %1238, %1588 : tensor<64xf32>
    %1590 = stablehlo.add %1586, %1589 : tensor<64xf32>
    %1591 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1592 = "stablehlo.broadcast_in_dim"(%1591) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1593 = stablehlo.multiply %arg89, %1592 : tensor<64xf32>
    %1594 = stablehlo.multiply %1238, %1238 : tensor<64xf32>
    %1595 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1596 = "stablehlo.broadcast_in_dim"(%1595) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1597 = stablehlo.multiply %1594, %1596 : tensor<64xf32>
    %1598 = stablehlo.add %1593, %1597 : tensor<64xf32>
    %1599 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1600 = stablehlo.divide %1590, %1599 : tensor<64xf32>
    %1601 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1602 = stablehlo.divide %1598, %1601 : tensor<64xf32>
    %1603 = stablehlo.sqrt %1602 : tensor<64xf32>
    %1604 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1605 = "stablehlo.broadcast_in_dim"(%1604) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1606 = stablehlo.add %1603, %1605 : tensor<64xf32>
    %1607 = stablehlo.divide %1600, %1606 : tensor<64xf32>
    %1608 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1609 = stablehlo.multiply %1607, %1608 : tensor<64xf32>
    %1610 = stablehlo.subtract %arg9, %1609 : tensor<64xf32>
    %1611 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1612 = "stablehlo.broadcast_in_dim"(%1611) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1613 = stablehlo.multiply %arg50, %1612 : tensor<64x64xf32>
    %1614 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1615 = "stablehlo.broadcast_in_dim"(%1614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1616 = stablehlo.multiply %1240, %1615 : tensor<64x64xf32>
    %1617 = stablehlo.add %1613, %1616 : tensor<64x64xf32>
    %1618 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1619 = "stablehlo.broadcast_in_dim"(%1618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1620 = stablehlo.multiply %arg90, %1619 : tensor<64x64xf32>
    %1621 = stablehlo.multiply %1240, %1240 : tensor<64x64xf32>
    %1622 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1623 = "stablehlo.broadcast_in_dim"(%1622) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1624 = stablehlo.multiply %1621, %1623 : tensor<64x64xf32>
    %1625 = stablehlo.add %1620, %1624 : tensor<64x64xf32>
    %1626 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1627 = stablehlo.divide %1617, %1626 : tensor<64x64xf32>
    %1628 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1629 = stablehlo.divide %1625, %1628 : tensor<64x64xf32>
    %1630 = stablehlo.sqrt %1629 : tensor<64x64xf32>
    %1631 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1632 = "stablehlo.broadcast_in_dim"(%1631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1633 = stablehlo.add %1630, %1632 : tensor<64x64xf32>
    %1634 = stablehlo.divide %1627, %1633 : tensor<64x64xf32>
    %1635 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1636 = "stablehlo.broadcast_in_dim"(%1635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1637 = stablehlo.multiply %arg10, %1636 : tensor<64x64xf32>
    %1638 = stablehlo.add %1634, %1637 : tensor<64x64xf32>
    %1639 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1640 = stablehlo.multiply %1638, %1639 : tensor<64x64xf32>
    %1641 = stablehlo.subtract %arg10, %1640 : tensor<64x64xf32>
    %1642 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1643 = "stablehlo.broadcast_in_dim"(%1642) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1644 = stablehlo.multiply %arg51, %1643 : tensor<64xf32>
    %1645 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1646 = "stablehlo.broadcast_in_dim"(%1645) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1647 = stablehlo.multiply %1242, %1646 : tensor<64xf32>
    %1648 = stablehlo.add %1644, %1647 : tensor<64xf32>
    %1649 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1650 = "stablehlo.broadcast_in_dim"(%1649) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1651 = stablehlo.multiply %arg91, %1650 : tensor<64xf32>
    %1652 = stablehlo.multiply %1242, %1242 : tensor<64xf32>
    %1653 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1654 = "stablehlo.broadcast_in_dim"(%1653) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1655 = stablehlo.multiply %1652, %1654 : tensor<64xf32>
    %1656 = stablehlo.add %1651, %1655 : tensor<64xf32>
    %1657 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1658 = stablehlo.divide %1648, %1657 : tensor<64xf32>
    %1659 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1660 = stablehlo.divide %1656, %1659 : tensor<64xf32>
    %1661 = stablehlo.sqrt %1660 : tensor<64xf32>
    %1662 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1663 = "stablehlo.broadcast_in_dim"(%1662) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1664 = stablehlo.add %1661, %1663 : tensor<64xf32>
    %1665 = stablehlo.divide %1658, %1664 : tensor<64xf32>
    %1666 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1667 = stablehlo.multiply %1665, %1666 : tensor<64xf32>
    %1668 = stablehlo.subtract %arg11, %1667 : tensor<64xf32>
    %1669 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1670 = "stablehlo.broadcast_in_dim"(%1669) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1671 = stablehlo.multiply %arg52, %1670 : tensor<64x64xf32>
    %1672 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1673 = "stablehlo.broadcast_in_dim"(%1672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1674 = stablehlo.multiply %1244, %1673 : tensor<64x64xf32>
    %1675 = stablehlo.add %1671, %1674 : tensor<64x64xf32>
    %1676 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1677 = "stablehlo.broadcast_in_dim"(%1676) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1678 = stablehlo.multiply %arg92, %1677 : tensor<64x64xf32>
    %1679 = stablehlo.multiply %1244, %1244 : tensor<64x64xf32>
    %1680 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1681 = "stablehlo.broadcast_in_dim"(%1680) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1682 = stablehlo.multiply %1679, %1681 : tensor<64x64xf32>
    %1683 = stablehlo.add %1678, %1682 : tensor<64x64xf32>
    %1684 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1685 = stablehlo.divide %1675, %1684 : tensor<64x64xf32>
    %1686 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1687 = stablehlo.divide %1683, %1686 : tensor<64x64xf32>
    %1688 = stablehlo.sqrt %1687 : tensor<64x64xf32>
    %1689 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1690 = "stablehlo.broadcast_in_dim"(%1689) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1691 = stablehlo.add %1688, %1690 : tensor<64x64xf32>
    %1692 = stablehlo.divide %1685, %1691 : tensor<64x64xf32>
    %1693 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1694 = "stablehlo.broadcast_in_dim"(%1693) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1695 = stablehlo.multiply %arg12, %1694 : tensor<64x64xf32>
    %1696 = stablehlo.add %1692, %1695 : tensor<64x64xf32>
    %1697 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1698 = stablehlo.multiply %1696, %1697 : tensor<64x64xf32>
    %1699 = stablehlo.subtract %arg12, %1698 : tensor<64x64xf32>
    %1700 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1701 = "stablehlo.broadcast_in_dim"(%1700) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1702 = stablehlo.multiply %arg53, %1701 : tensor<64xf32>
    %1703 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1704 = "stablehlo.broadcast_in_dim"(%1703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1705 = stablehlo.multiply %1246, %1704 : tensor<64xf32>
    %1706 = stablehlo.add %1702, %1705 : tensor<64xf32>
    %1707 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1708 = "stablehlo.broadcast_in_dim"(%1707) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1709 = stablehlo.multiply %arg93, %1708 : tensor<64xf32>
    %1710 = stablehlo.multiply %1246, %1246 : tensor<64xf32>
    %1711 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1712 = "stablehlo.broadcast_in_dim"(%1711) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1713 = stablehlo.multiply %1710, %1712 : tensor<64xf32>
    %1714 = stablehlo.add %1709, %1713 : tensor<64xf32>
    %1715 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1716 = stablehlo.divide %1706, %1715 : tensor<64xf32>
    %1717 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1718 = stablehlo.divide %1714, %1717 : tensor<64xf32>
    %1719 = stablehlo.sqrt %1718 : tensor<64xf32>
    %1720 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1721 = "stablehlo.broadcast_in_dim"(%1720) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1722 = stablehlo.add %1719, %1721 : tensor<64xf32>
    %1723 = stablehlo.divide %1716, %1722 : tensor<64xf32>
    %1724 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1725 = stablehlo.multiply %1723, %1724 : tensor<64xf32>
    %1726 = stablehlo.subtract %arg13, %1725 : tensor<64xf32>
    %1727 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1728 = "stablehlo.broadcast_in_dim"(%1727) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1729 = stablehlo.multiply %arg54, %1728 : tensor<64xf32>
    %1730 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1731 = "stablehlo.broadcast_in_dim"(%1730) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1732 = stablehlo.multiply %1248, %1731 : tensor<64xf32>
    %1733 = stablehlo.add %1729, %1732 : tensor<64xf32>
    %1734 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1735 = "stablehlo.broadcast_in_dim"(%1734) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1736 = stablehlo.multiply %arg94, %1735 : tensor<64xf32>
    %1737 = stablehlo.multiply %1248, %1248 : tensor<64xf32>
    %1738 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1739 = "stablehlo.broadcast_in_dim"(%1738) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1740 = stablehlo.multiply %1737, %1739 : tensor<64xf32>
    %1741 = stablehlo.add %1736, %1740 : tensor<64xf32>
    %1742 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1743 = stablehlo.divide %1733, %1742 : tensor<64xf32>
    %1744 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1745 = stablehlo.divide %1741, %1744 : tensor<64xf32>
    %1746 = stablehlo.sqrt %1745 : tensor<64xf32>
    %1747 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1748 = "stablehlo.broadcast_in_dim"(%1747) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1749 = stablehlo.add %1746, %1748 : tensor<64xf32>
    %1750 = stablehlo.divide %1743, %1749 : tensor<64xf32>
    %1751 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1752 = stablehlo.multiply %1750, %1751 : tensor<64xf32>
    %1753 = stablehlo.subtract %arg14, %1752 : tensor<64xf32>
    %1754 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1755 = "stablehlo.broadcast_in_dim"(%1754) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1756 = stablehlo.multiply %arg55, %1755 : tensor<64xf32>
    %1757 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1758 = "stablehlo.broadcast_in_dim"(%1757) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1759 = stablehlo.multiply %1250, %1758 : tensor<64xf32>
    %1760 = stablehlo.add %1756, %1759 : tensor<64xf32>
    %1761 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1762 = "stablehlo.broadcast_in_dim"(%1761) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1763 = stablehlo.multiply %arg95, %1762 : tensor<64xf32>
    %1764 = stablehlo.multiply %1250, %1250 : tensor<64xf32>
    %1765 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1766 = "stablehlo.broadcast_in_dim"(%1765) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1767 = stablehlo.multiply %1764, %1766 : tensor<64xf32>
    %1768 = stablehlo.add %1763, %1767 : tensor<64xf32>
    %1769 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1770 = stablehlo.divide %1760, %1769 : tensor<64xf32>
    %1771 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1772 = stablehlo.divide %1768, %1771 : tensor<64xf32>
    %1773 = stablehlo.sqrt %1772 : tensor<64xf32>
    %1774 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1775 = "stablehlo.broadcast_in_dim"(%1774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1776 = stablehlo.add %1773, %1775 : tensor<64xf32>
    %1777 = stablehlo.divide %1770, %1776 : tensor<64xf32>
    %1778 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1779 = stablehlo.multiply %1777, %1778 : tensor<64xf32>
    %1780 = stablehlo.subtract %arg15, %1779 : tensor<64xf32>
    %1781 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1782 = "stablehlo.broadcast_in_dim"(%1781) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1783 = stablehlo.multiply %arg56, %1782 : tensor<128x64xf32>
    %1784 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1785 = "stablehlo.broadcast_in_dim"(%1784) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1786 = stablehlo.multiply %1252, %1785 : tensor<128x64xf32>
    %1787 = stablehlo.add %1783, %1786 : tensor<128x64xf32>
    %1788 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1789 = "stablehlo.broadcast_in_dim"(%1788) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1790 = stablehlo.multiply %arg96, %1789 : tensor<128x64xf32>
    %1791 = stablehlo.multiply %1252, %1252 : tensor<128x64xf32>
    %1792 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1793 = "stablehlo.broadcast_in_dim"(%1792) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1794 = stablehlo.multiply %1791, %1793 : tensor<128x64xf32>
    %1795 = stablehlo.add %1790, %1794 : tensor<128x64xf32>
    %1796 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1797 = stablehlo.divide %1787, %1796 : tensor<128x64xf32>
    %1798 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1799 = stablehlo.divide %1795, %1798 : tensor<128x64xf32>
    %1800 = stablehlo.sqrt %1799 : tensor<128x64xf32>
    %1801 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1802 = "stablehlo.broadcast_in_dim"(%1801) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1803 = stablehlo.add %1800, %1802 : tensor<128x64xf32>
    %1804 = stablehlo.divide %1797, %1803 : tensor<128x64xf32>
    %1805 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1806 = "stablehlo.broadcast_in_dim"(%1805) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1807 = stablehlo.multiply %arg16, %1806 : tensor<128x64xf32>
    %1808 = stablehlo.add %1804, %1807 : tensor<128x64xf32>
    %1809 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1810 = stablehlo.multiply %1808, %1809 : tensor<128x64xf32>
    %1811 = stablehlo.subtract %arg16, %1810 : tensor<128x64xf32>
    %1812 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1813 = "stablehlo.broadcast_in_dim"(%1812) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1814 = stablehlo.multiply %arg57, %1813 : tensor<128xf32>
    %1815 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1816 = "stablehlo.broadcast_in_dim"(%1815) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1817 = stablehlo.multiply %1254, %1816 : tensor<128xf32>
    %1818 = stablehlo.add %1814, %1817 : tensor<128xf32>
    %1819 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1820 = "stablehlo.broadcast_in_dim"(%1819) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1821 = stablehlo.multiply %arg97, %1820 : tensor<128xf32>
    %1822 = stablehlo.multiply %1254, %1254 : tensor<128xf32>
    %1823 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1824 = "stablehlo.broadcast_in_dim"(%1823) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1825 = stablehlo.multiply %1822, %1824 : tensor<128xf32>
    %1826 = stablehlo.add %1821, %1825 : tensor<128xf32>
    %1827 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1828 = stablehlo.divide %1818, %1827 : tensor<128xf32>
    %1829 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1830 = stablehlo.divide %1826, %1829 : tensor<128xf32>
    %1831 = stablehlo.sqrt %1830 : tensor<128xf32>
    %1832 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1833 = "stablehlo.broadcast_in_dim"(%1832) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1834 = stablehlo.add %1831, %1833 : tensor<128xf32>
    %1835 = stablehlo.divide %1828, %1834 : tensor<128xf32>
    %1836 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1837 = stablehlo.multiply %1835, %1836 : tensor<128xf32>
    %1838 = stablehlo.subtract %arg17, %1837 : tensor<128xf32>
    %1839 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1840 = "stablehlo.broadcast_in_dim"(%1839) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1841 = stablehlo.multiply %arg58, %1840 : tensor<64x128xf32>
    %1842 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1843 = "stablehlo.broadcast_in_dim"(%1842) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1844 = stablehlo.multiply %1256, %1843 : tensor<64x128xf32>
    %1845 = stablehlo.add %1841, %1844 : tensor<64x128xf32>
    %1846 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1847 = "stablehlo.broadcast_in_dim"(%1846) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1848 = stablehlo.multiply %arg98, %1847 : tensor<64x128xf32>
    %1849 = stablehlo.multiply %1256, %1256 : tensor<64x128xf32>
    %1850 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1851 = "stablehlo.broadcast_in_dim"(%1850) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1852 = stablehlo.multiply %1849, %1851 : tensor<64x128xf32>
    %1853 = stablehlo.add %1848, %1852 : tensor<64x128xf32>
    %1854 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1855 = stablehlo.divide %1845, %1854 : tensor<64x128xf32>
    %1856 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1857 = stablehlo.divide %1853, %1856 : tensor<64x128xf32>
    %1858 = stablehlo.sqrt %1857 : tensor<64x128xf32>
    %1859 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1860 = "stablehlo.broadcast_in_dim"(%1859) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1861 = stablehlo.add %1858, %1860 : tensor<64x128xf32>
    %1862 = stablehlo.divide %1855, %1861 : tensor<64x128xf32>
    %1863 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1864 = "stablehlo.broadcast_in_dim"(%1863) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1865 = stablehlo.multiply %arg18, %1864 : tensor<64x128xf32>
    %1866 = stablehlo.add %1862, %1865 : tensor<64x128xf32>
    %1867 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1868 = stablehlo.multiply %1866, %1867 : tensor<64x128xf32>
    %1869 = stablehlo.subtract %arg18, %1868 : tensor<64x128xf32>
    %1870 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1871 = "stablehlo.broadcast_in_dim"(%1870) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1872 = stablehlo.multiply %arg59, %1871 : tensor<64xf32>
    %1873 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1874 = "stablehlo.broadcast_in_dim"(%1873) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1875 = stablehlo.multiply %1258, %1874 : tensor<64xf32>
    %1876 = stablehlo.add %1872, %1875 : tensor<64xf32>
    %1877 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1878 = "stablehlo.broadcast_in_dim"(%1877) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1879 = stablehlo.multiply %arg99, %1878 : tensor<64xf32>
    %1880 = stablehlo.multiply %1258, %1258 : tensor<64xf32>
    %1881 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1882 = "stablehlo.broadcast_in_dim"(%1881) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1883 = stablehlo.multiply %1880, %1882 : tensor<64xf32>
    %1884 = stablehlo.add %1879, %1883 : tensor<64xf32>
    %1885 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1886 = stablehlo.divide %1876, %1885 : tensor<64xf32>
    %1887 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1888 = stablehlo.divide %1884, %1887 : tensor<64xf32>
    %1889 = stablehlo.sqrt %1888 : tensor<64xf32>
    %1890 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1891 = "stablehlo.broadcast_in_dim"(%1890) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1892 = stablehlo.add %1889, %1891 : tensor<64xf32>
    %1893 = stablehlo.divide %1886, %1892 : tensor<64xf32>
    %1894 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1895 = stablehlo.multiply %1893, %1894 : tensor<64xf32>
    %1896 = stablehlo.subtract %arg19, %1895 : tensor<64xf32>
    %1897 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1898 = "stablehlo.broadcast_in_dim"(%1897) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1899 = stablehlo.multiply %arg60, %1898 : tensor<64xf32>
    %1900 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1901 = "stablehlo.broadcast_in_dim"(%1900) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1902 = stablehlo.multiply %1260, %1901 : tensor<64xf32>
    %1903 = stablehlo.add %1899, %1902 : tensor<64xf32>
    %1904 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1905 = "stablehlo.broadcast_in_dim"(%1904) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1906 = stablehlo.multiply %arg100, %1905 : tensor<64xf32>
    %1907 = stablehlo.multiply %1260, %1260 : tensor<64xf32>
    %1908 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1909 = "stablehlo.broadcast_in_dim"(%1908) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1910 = stablehlo.multiply %1907, %1909 : tensor<64xf32>
    %1911 = stablehlo.add %1906, %1910 : tensor<64xf32>
    %1912 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1913 = stablehlo.divide %1903, %1912 : tensor<64xf32>
    %1914 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1915 = stablehlo.divide %1911, %1914 : tensor<64xf32>
    %1916 = stablehlo.sqrt %1915 : tensor<64xf32>
    %1917 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1918 = "stablehlo.broadcast_in_dim"(%1917) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1919 = stablehlo.add %1916, %1918 : tensor<64xf32>
    %1920 = stablehlo.divide %1913, %1919 : tensor<64xf32>
    %1921 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1922 = stablehlo.multiply %1920, %1921 : tensor<64xf32>
    %1923 = stablehlo.subtract %arg20, %1922 : tensor<64xf32>
    %1924 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1925 = "stablehlo.broadcast_in_dim"(%1924) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1926 = stablehlo.multiply %arg61, %1925 : tensor<64xf32>
    %1927 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1928 = "stablehlo.broadcast_in_dim"(%1927) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1929 = stablehlo.multiply %1262, %1928 : tensor<64xf32>
    %1930 = stablehlo.add %1926, %1929 : tensor<64xf32>
    %1931 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1932 = "stablehlo.broadcast_in_dim"(%1931) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1933 = stablehlo.multiply %arg101, %1932 : tensor<64xf32>
    %1934 = stablehlo.multiply %1262, %1262 : tensor<64xf32>
    %1935 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1936 = "stablehlo.broadcast_in_dim"(%1935) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1937 = stablehlo.multiply %1934, %1936 : tensor<64xf32>
    %1938 = stablehlo.add %1933, %1937 : tensor<64xf32>
    %1939 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1940 = stablehlo.divide %1930, %1939 : tensor<64xf32>
    %1941 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1942 = stablehlo.divide %1938, %1941 : tensor<64xf32>
    %1943 = stablehlo.sqrt %1942 : tensor<64xf32>
    %1944 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1945 = "stablehlo.broadcast_in_dim"(%1944) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1946 = stablehlo.add %1943, %1945 : tensor<64xf32>
    %1947 = stablehlo.divide %1940, %1946 : tensor<64xf32>
    %1948 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1949 = stablehlo.multiply %1947, %1948 : tensor<64xf32>
    %1950 = stablehlo.subtract %arg21, %1949 : tensor<64xf32>
    %1951 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1952 = "stablehlo.broadcast_in_dim"(%1951) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1953 = stablehlo.multiply %arg62, %1952 : tensor<64x64xf32>
    %1954 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1955 = "stablehlo.broadcast_in_dim"(%1954) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1956 = stablehlo.multiply %1264, %1955 : tensor<64x64xf32>
    %1957 = stablehlo.add %1953, %1956 : tensor<64x64xf32>
    %1958 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1959 = "stablehlo.broadcast_in_dim"(%1958) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1960 = stablehlo.multiply %arg102, %1959 : tensor<64x64xf32>
    %1961 = stablehlo.multiply %1264, %1264 : tensor<64x64xf32>
    %1962 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1963 = "stablehlo.broadcast_in_dim"(%1962) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1964 = stablehlo.multiply %1961, %1963 : tensor<64x64xf32>
    %1965 = stablehlo.add %1960, %1964 : tensor<64x64xf32>
    %1966 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1967 = stablehlo.divide %1957, %1966 : tensor<64x64xf32>
    %1968 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1969 = stablehlo.divide %1965, %1968 : tensor<64x64xf32>
    %1970 = stablehlo.sqrt %1969 : tensor<64x64xf32>
    %1971 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1972 = "stablehlo.broadcast_in_dim"(%1971) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1973 = stablehlo.add %1970, %1972 : tensor<64x64xf32>
    %1974 = stablehlo.divide %1967, %1973 : tensor<64x64xf32>
    %1975 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1976 = "stablehlo.broadcast_in_dim"(%1975) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1977 = stablehlo.multiply %arg22, %1976 : tensor<64x64xf32>
    %1978 = stablehlo.add %1974, %1977 : tensor<64x64xf32>
    %1979 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1980 = stablehlo.multiply %1978, %1979 : tensor<64x64xf32>
    %1981 = stablehlo.subtract %arg22, %1980 : tensor<64x64xf32>
    %1982 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1983 = "stablehlo.broadcast_in_dim"(%1982) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1984 = stablehlo.multiply %arg63, %1983 : tensor<64xf32>
    %1985 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1986 = "stablehlo.broadcast_in_dim"(%1985) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1987 = stablehlo.multiply %1266, %1986 : tensor<64xf32>
    %1988 = stablehlo.add %1984, %1987 : tensor<64xf32>
    %1989 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1990 = "stablehlo.broadcast_in_dim"(%1989) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1991 = stablehlo.multiply %arg103, %1990 : tensor<64xf32>
    %1992 = stablehlo.multiply %1266, %1266 : tensor<64xf32>
    %1993 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1994 = "stablehlo.broadcast_in_dim"(%1993) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1995 = stablehlo.multiply %1992, %1994 : tensor<64xf32>
    %1996 = stablehlo.add %1991, %1995 : tensor<64xf32>
    %1997 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1998 = stablehlo.divide %1988, %1997 : tensor<64xf32>
    %1999 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2000 = stablehlo.divide %1996, %1999 : tensor<64xf32>
    %2001 = stablehlo.sqrt %2000 : tensor<64xf32>
    %2002 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2003 = "stablehlo.broadcast_in_dim"(%2002) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2004 = stablehlo.add %2001, %2003 : tensor<64xf32>
    %2005 = stablehlo.divide %1998, %2004 : tensor<64xf32>
    %2006 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2007 = stablehlo.multiply %2005, %2006 : tensor<64xf32>
    %2008 = stablehlo.subtract %arg23, %2007 : tensor<64xf32>
    %2009 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2010 = "stablehlo.broadcast_in_dim"(%2009) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2011 = stablehlo.multiply %arg64, %2010 : tensor<64x64xf32>
    %2012 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2013 = "stablehlo.broadcast_in_dim"(%2012) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2014 = stablehlo.multiply %1268, %2013 : tensor<64x64xf32>
    %2015 = stablehlo.add %2011, %2014 : tensor<64x64xf32>
    %2016 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2017 = "stablehlo.broadcast_in_dim"(%2016) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2018 = stablehlo.multiply %arg104, %2017 : tensor<64x64xf32>
    %2019 = stablehlo.multiply %1268, %1268 : tensor<64x64xf32>
    %2020 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2021 = "stablehlo.broadcast_in_dim"(%2020) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2022 = stablehlo.multiply %2019, %2021 : tensor<64x64xf32>
    %2023 = stablehlo.add %2018, %2022 : tensor<64x64xf32>
    %2024 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2025 = stablehlo.divide %2015, %2024 : tensor<64x64xf32>
    %2026 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2027 = stablehlo.divide %2023, %2026 : tensor<64x64xf32>
    %2028 = stablehlo.sqrt %2027 : tensor<64x64xf32>
    %2029 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2030 = "stablehlo.broadcast_in_dim"(%2029) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2031 = stablehlo.add %2028, %2030 : tensor<64x64xf32>
    %2032 = stablehlo.divide %2025, %2031 : tensor<64x64xf32>
    %2033 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2034 = "stablehlo.broadcast_in_dim"(%2033) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2035 = stablehlo.multiply %arg24, %2034 : tensor<64x64xf32>
    %2036 = stablehlo.add %2032, %2035 : tensor<64x64xf32>
    %2037 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2038 = stablehlo.multiply %2036, %2037 : tensor<64x64xf32>
    %2039 = stablehlo.subtract %arg24, %2038 : tensor<64x64xf32>
    %2040 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2041 = "stablehlo.broadcast_in_dim"(%2040) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2042 = stablehlo.multiply %arg65, %2041 : tensor<64xf32>
    %2043 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2044 = "stablehlo.broadcast_in_dim"(%2043) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2045 = stablehlo.multiply %1270, %2044 : tensor<64xf32>
    %2046 = stablehlo.add %2042, %2045 : tensor<64xf32>
    %2047 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2048 = "stablehlo.broadcast_in_dim"(%2047) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2049 = stablehlo.multiply %arg105, %2048 : tensor<64xf32>
    %2050 = stablehlo.multiply %1270, %1270 : tensor<64xf32>
    %2051 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2052 = "stablehlo.broadcast_in_dim"(%2051) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2053 = stablehlo.multiply %2050, %2052 : tensor<64xf32>
    %2054 = stablehlo.add %2049, %2053 : tensor<64xf32>
    %2055 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2056 = stablehlo.divide %2046, %2055 : tensor<64xf32>
    %2057 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2058 = stablehlo.divide %2054, %2057 : tensor<64xf32>
    %2059 = stablehlo.sqrt %2058 : tensor<64xf32>
    %2060 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2061 = "stablehlo.broadcast_in_dim"(%2060) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2062 = stablehlo.add %2059, %2061 : tensor<64xf32>
    %2063 = stablehlo.divide %2056, %2062 : tensor<64xf32>
    %2064 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2065 = stablehlo.multiply %2063, %2064 : tensor<64xf32>
    %2066 = stablehlo.subtract %arg25, %2065 : tensor<64xf32>
    %2067 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2068 = "stablehlo.broadcast_in_dim"(%2067) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2069 = stablehlo.multiply %arg66, %2068 : tensor<64x64xf32>
    %2070 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2071 = "stablehlo.broadcast_in_dim"(%2070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2072 = stablehlo.multiply %1272, %2071 : tensor<64x64xf32>
    %2073 = stablehlo.add %2069, %2072 : tensor<64x64xf32>
    %2074 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2075 = "stablehlo.broadcast_in_dim"(%2074) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2076 = stablehlo.multiply %arg106, %2075 : tensor<64x64xf32>
    %2077 = stablehlo.multiply %1272, %1272 : tensor<64x64xf32>
    %2078 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2079 = "stablehlo.broadcast_in_dim"(%2078) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2080 = stablehlo.multiply %2077, %2079 : tensor<64x64xf32>
    %2081 = stablehlo.add %2076, %2080 : tensor<64x64xf32>
    %2082 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2083 = stablehlo.divide %2073, %2082 : tensor<64x64xf32>
    %2084 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2085 = stablehlo.divide %2081, %2084 : tensor<64x64xf32>
    %2086 = stablehlo.sqrt %2085 : tensor<64x64xf32>
    %2087 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2088 = "stablehlo.broadcast_in_dim"(%2087) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2089 = stablehlo.add %2086, %2088 : tensor<64x64xf32>
    %2090 = stablehlo.divide %2083, %2089 : tensor<64x64xf32>
    %2091 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2092 = "stablehlo.broadcast_in_dim"(%2091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2093 = stablehlo.multiply %arg26, %2092 : tensor<64x64xf32>
    %2094 = stablehlo.add %2090, %2093 : tensor<64x64xf32>
    %2095 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2096 = stablehlo.multiply %2094, %2095 : tensor<64x64xf32>
    %2097 = stablehlo.subtract %arg26, %2096 : tensor<64x64xf32>
    %2098 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2099 = "stablehlo.broadcast_in_dim"(%2098) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2100 = stablehlo.multiply %arg67, %2099 : tensor<64xf32>
    %2101 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2102 = "stablehlo.broadcast_in_dim"(%2101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2103 = stablehlo.multiply %1274, %2102 : tensor<64xf32>
    %2104 = stablehlo.add %2100, %2103 : tensor<64xf32>
    %2105 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2106 = "stablehlo.broadcast_in_dim"(%2105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2107 = stablehlo.multiply %arg107, %2106 : tensor<64xf32>
    %2108 = stablehlo.multiply %1274, %1274 : tensor<64xf32>
    %2109 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2110 = "stablehlo.broadcast_in_dim"(%2109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2111 = stablehlo.multiply %2108, %2110 : tensor<64xf32>
    %2112 = stablehlo.add %2107, %2111 : tensor<64xf32>
    %2113 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2114 = stablehlo.divide %2104, %2113 : tensor<64xf32>
    %2115 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2116 = stablehlo.divide %2112, %2115 : tensor<64xf32>
    %2117 = stablehlo.sqrt %2116 : tensor<64xf32>
    %2118 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2119 = "stablehlo.broadcast_in_dim"(%2118) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2120 = stablehlo.add %2117, %2119 : tensor<64xf32>
    %2121 = stablehlo.divide %2114, %2120 : tensor<64xf32>
    %2122 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2123 = stablehlo.multiply %2121, %2122 : tensor<64xf32>
    %2124 = stablehlo.subtract %arg27, %2123 : tensor<64xf32>
    %2125 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2126 = "stablehlo.broadcast_in_dim"(%2125) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2127 = stablehlo.multiply %arg68, %2126 : tensor<64x64xf32>
    %2128 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2129 = "stablehlo.broadcast_in_dim"(%2128) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2130 = stablehlo.multiply %1276, %2129 : tensor<64x64xf32>
    %2131 = stablehlo.add %2127, %2130 : tensor<64x64xf32>
    %2132 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2133 = "stablehlo.broadcast_in_dim"(%2132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2134 = stablehlo.multiply %arg108, %2133 : tensor<64x64xf32>
    %2135 = stablehlo.multiply %1276, %1276 : tensor<64x64xf32>
    %2136 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2137 = "stablehlo.broadcast_in_dim"(%2136) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2138 = stablehlo.multiply %2135, %2137 : tensor<64x64xf32>
    %2139 = stablehlo.add %2134, %2138 : tensor<64x64xf32>
    %2140 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2141 = stablehlo.divide %2131, %2140 : tensor<64x64xf32>
    %2142 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2143 = stablehlo.divide %2139, %2142 : tensor<64x64xf32>
    %2144 = stablehlo.sqrt %2143 : tensor<64x64xf32>
    %2145 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2146 = "stablehlo.broadcast_in_dim"(%2145) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2147 = stablehlo.add %2144, %2146 : tensor<64x64xf32>
    %2148 = stablehlo.divide %2141, %2147 : tensor<64x64xf32>
    %2149 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2150 = "stablehlo.broadcast_in_dim"(%2149) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2151 = stablehlo.multiply %arg28, %2150 : tensor<64x64xf32>
    %2152 = stablehlo.add %2148, %2151 : tensor<64x64xf32>
    %2153 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2154 = stablehlo.multiply %2152, %2153 : tensor<64x64xf32>
    %2155 = stablehlo.subtract %arg28, %2154 : tensor<64x64xf32>
    %2156 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2157 = "stablehlo.broadcast_in_dim"(%2156) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2158 = stablehlo.multiply %arg69, %2157 : tensor<64xf32>
    %2159 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2160 = "stablehlo.broadcast_in_dim"(%2159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2161 = stablehlo.multiply %1278, %2160 : tensor<64xf32>
    %2162 = stablehlo.add %2158, %2161 : tensor<64xf32>
    %2163 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2164 = "stablehlo.broadcast_in_dim"(%2163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2165 = stablehlo.multiply %arg109, %2164 : tensor<64xf32>
    %2166 = stablehlo.multiply %1278, %1278 : tensor<64xf32>
    %2167 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2168 = "stablehlo.broadcast_in_dim"(%2167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2169 = stablehlo.multiply %2166, %2168 : tensor<64xf32>
    %2170 = stablehlo.add %2165, %2169 : tensor<64xf32>
    %2171 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2172 = stablehlo.divide %2162, %2171 : tensor<64xf32>
    %2173 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2174 = stablehlo.divide %2170, %2173 : tensor<64xf32>
    %2175 = stablehlo.sqrt %2174 : tensor<64xf32>
    %2176 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2177 = "stablehlo.broadcast_in_dim"(%2176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2178 = stablehlo.add %2175, %2177 : tensor<64xf32>
    %2179 = stablehlo.divide %2172, %2178 : tensor<64xf32>
    %2180 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2181 = stablehlo.multiply %2179, %2180 : tensor<64xf32>
    %2182 = stablehlo.subtract %arg29, %2181 : tensor<64xf32>
    %2183 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2184 = "stablehlo.broadcast_in_dim"(%2183) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2185 = stablehlo.multiply %arg70, %2184 : tensor<64xf32>
    %2186 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2187 = "stablehlo.broadcast_in_dim"(%2186) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2188 = stablehlo.multiply %1280, %2187 : tensor<64xf32>
    %2189 = stablehlo.add %2185, %2188 : tensor<64xf32>
    %2190 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2191 = "stablehlo.broadcast_in_dim"(%2190) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2192 = stablehlo.multiply %arg110, %2191 : tensor<64xf32>
    %2193 = stablehlo.multiply %1280, %1280 : tensor<64xf32>
    %2194 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2195 = "stablehlo.broadcast_in_dim"(%2194) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2196 = stablehlo.multiply %2193, %2195 : tensor<64xf32>
    %2197 = stablehlo.add %2192, %2196 : tensor<64xf32>
    %2198 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2199 = stablehlo.divide %2189, %2198 : tensor<64xf32>
    %2200 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2201 = stablehlo.divide %2197, %2200 : tensor<64xf32>
    %2202 = stablehlo.sqrt %2201 : tensor<64xf32>
    %2203 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2204 = "stablehlo.broadcast_in_dim"(%2203) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2205 = stablehlo.add %2202, %2204 : tensor<64xf32>
    %2206 = stablehlo.divide %2199, %2205 : tensor<64xf32>
    %2207 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2208 = stablehlo.multiply %2206, %2207 : tensor<64xf32>
    %2209 = stablehlo.subtract %arg30, %2208 : tensor<64xf32>
    %2210 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2211 = "stablehlo.broadcast_in_dim"(%2210) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2212 = stablehlo.multiply %arg71, %2211 : tensor<64xf32>
    %2213 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2214 = "stablehlo.broadcast_in_dim"(%2213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2215 = stablehlo.multiply %1282, %2214 : tensor<64xf32>
    %2216 = stablehlo.add %2212, %2215 : tensor<64xf32>
    %2217 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2218 = "stablehlo.broadcast_in_dim"(%2217) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2219 = stablehlo.multiply %arg111, %2218 : tensor<64xf32>
    %2220 = stablehlo.multiply %1282, %1282 : tensor<64xf32>
    %2221 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2222 = "stablehlo.broadcast_in_dim"(%2221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2223 = stablehlo.multiply %2220, %2222 : tensor<64xf32>
    %2224 = stablehlo.add %2219, %2223 : tensor<64xf32>
    %2225 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2226 = stablehlo.divide %2216, %2225 : tensor<64xf32>
    %2227 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2228 = stablehlo.divide %2224, %2227 : tensor<64xf32>
    %2229 = stablehlo.sqrt %2228 : tensor<64xf32>
    %2230 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2231 = "stablehlo.broadcast_in_dim"(%2230) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2232 = stablehlo.add %2229, %2231 : tensor<64xf32>
    %2233 = stablehlo.divide %2226, %2232 : tensor<64xf32>
    %2234 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2235 = stablehlo.multiply %2233, %2234 : tensor<64xf32>
    %2236 = stablehlo.subtract %arg31, %2235 : tensor<64xf32>
    %2237 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2238 = "stablehlo.broadcast_in_dim"(%2237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2239 = stablehlo.multiply %arg72, %2238 : tensor<128x64xf32>
    %2240 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2241 = "stablehlo.broadcast_in_dim"(%2240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2242 = stablehlo.multiply %1284, %2241 : tensor<128x64xf32>
    %2243 = stablehlo.add %2239, %2242 : tensor<128x64xf32>
    %2244 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2245 = "stablehlo.broadcast_in_dim"(%2244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2246 = stablehlo.multiply %arg112, %2245 : tensor<128x64xf32>
    %2247 = stablehlo.multiply %1284, %1284 : tensor<128x64xf32>
    %2248 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2249 = "stablehlo.broadcast_in_dim"(%2248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2250 = stablehlo.multiply %2247, %2249 : tensor<128x64xf32>
    %2251 = stablehlo.add %2246, %2250 : tensor<128x64xf32>
    %2252 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2253 = stablehlo.divide %2243, %2252 : tensor<128x64xf32>
    %2254 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2255 = stablehlo.divide %2251, %2254 : tensor<128x64xf32>
    %2256 = stablehlo.sqrt %2255 : tensor<128x64xf32>
    %2257 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2258 = "stablehlo.broadcast_in_dim"(%2257) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2259 = stablehlo.add %2256, %2258 : tensor<128x64xf32>
    %2260 = stablehlo.divide %2253, %2259 : tensor<128x64xf32>
    %2261 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2262 = "stablehlo.broadcast_in_dim"(%2261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2263 = stablehlo.multiply %arg32, %2262 : tensor<128x64xf32>
    %2264 = stablehlo.add %2260, %2263 : tensor<128x64xf32>
    %2265 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2266 = stablehlo.multiply %2264, %2265 : tensor<128x64xf32>
    %2267 = stablehlo.subtract %arg32, %2266 : tensor<128x64xf32>
    %2268 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2269 = "stablehlo.broadcast_in_dim"(%2268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2270 = stablehlo.multiply %arg73, %2269 : tensor<128xf32>
    %2271 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2272 = "stablehlo.broadcast_in_dim"(%2271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2273 = stablehlo.multiply %1286, %2272 : tensor<128xf32>
    %2274 = stablehlo.add %2270, %2273 : tensor<128xf32>
    %2275 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2276 = "stablehlo.broadcast_in_dim"(%2275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2277 = stablehlo.multiply %arg113, %2276 : tensor<128xf32>
    %2278 = stablehlo.multiply %1286, %1286 : tensor<128xf32>
    %2279 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2280 = "stablehlo.broadcast_in_dim"(%2279) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2281 = stablehlo.multiply %2278, %2280 : tensor<128xf32>
    %2282 = stablehlo.add %2277, %2281 : tensor<128xf32>
    %2283 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2284 = stablehlo.divide %2274, %2283 : tensor<128xf32>
    %2285 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2286 = stablehlo.divide %2282, %2285 : tensor<128xf32>
    %2287 = stablehlo.sqrt %2286 : tensor<128xf32>
    %2288 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2289 = "stablehlo.broadcast_in_dim"(%2288) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2290 = stablehlo.add %2287, %2289 : tensor<128xf32>
    %2291 = stablehlo.divide %2284, %2290 : tensor<128xf32>
    %2292 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2293 = stablehlo.multiply %2291, %2292 : tensor<128xf32>
    %2294 = stablehlo.subtract %arg33, %2293 : tensor<128xf32>
    %2295 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2296 = "stablehlo.broadcast_in_dim"(%2295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2297 = stablehlo.multiply %arg74, %2296 : tensor<64x128xf32>
    %2298 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2299 = "stablehlo.broadcast_in_dim"(%2298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2300 = stablehlo.multiply %1288, %2299 : tensor<64x128xf32>
    %2301 = stablehlo.add %2297, %2300 : tensor<64x128xf32>
    %2302 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2303 = "stablehlo.broadcast_in_dim"(%2302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2304 = stablehlo.multiply %arg114, %2303 : tensor<64x128xf32>
    %2305 = stablehlo.multiply %1288, %1288 : tensor<64x128xf32>
    %2306 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2307 = "stablehlo.broadcast_in_dim"(%2306) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2308 = stablehlo.multiply %2305, %2307 : tensor<64x128xf32>
    %2309 = stablehlo.add %2304, %2308 : tensor<64x128xf32>
    %2310 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2311 = stablehlo.divide %2301, %2310 : tensor<64x128xf32>
    %2312 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2313 = stablehlo.divide %2309, %2312 : tensor<64x128xf32>
    %2314 = stablehlo.sqrt %2313 : tensor<64x128xf32>
    %2315 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2316 = "stablehlo.broadcast_in_dim"(%2315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2317 = stablehlo.add %2314, %2316 : tensor<64x128xf32>
    %2318 = stablehlo.divide %2311, %2317 : tensor<64x128xf32>
    %2319 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2320 = "stablehlo.broadcast_in_dim"(%2319) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2321 = stablehlo.multiply %arg34, %2320 : tensor<64x128xf32>
    %2322 = stablehlo.add %2318, %2321 : tensor<64x128xf32>
    %2323 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2324 = stablehlo.multiply %2322, %2323 : tensor<64x128xf32>
    %2325 = stablehlo.subtract %arg34, %2324 : tensor<64x128xf32>
    %2326 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2327 = "stablehlo.broadcast_in_dim"(%2326) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2328 = stablehlo.multiply %arg75, %2327 : tensor<64xf32>
    %2329 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2330 = "stablehlo.broadcast_in_dim"(%2329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2331 = stablehlo.multiply %1290, %2330 : tensor<64xf32>
    %2332 = stablehlo.add %2328, %2331 : tensor<64xf32>
    %2333 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2334 = "stablehlo.broadcast_in_dim"(%2333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2335 = stablehlo.multiply %arg115, %2334 : tensor<64xf32>
    %2336 = stablehlo.multiply %1290, %1290 : tensor<64xf32>
    %2337 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2338 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2339 = stablehlo.multiply %2336, %2338 : tensor<64xf32>
    %2340 = stablehlo.add %2335, %2339 : tensor<64xf32>
    %2341 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2342 = stablehlo.divide %2332, %2341 : tensor<64xf32>
    %2343 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2344 = stablehlo.divide %2340, %2343 : tensor<64xf32>
    %2345 = stablehlo.sqrt %2344 : tensor<64xf32>
    %2346 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2347 = "stablehlo.broadcast_in_dim"(%2346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2348 = stablehlo.add %2345, %2347 : tensor<64xf32>
    %2349 = stablehlo.divide %2342, %2348 : tensor<64xf32>
    %2350 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2351 = stablehlo.multiply %2349, %2350 : tensor<64xf32>
    %2352 = stablehlo.subtract %arg35, %2351 : tensor<64xf32>
    %2353 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2354 = "stablehlo.broadcast_in_dim"(%2353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2355 = stablehlo.multiply %arg76, %2354 : tensor<64xf32>
    %2356 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2357 = "stablehlo.broadcast_in_dim"(%2356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2358 = stablehlo.multiply %1292, %2357 : tensor<64xf32>
    %2359 = stablehlo.add %2355, %2358 : tensor<64xf32>
    %2360 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2361 = "stablehlo.broadcast_in_dim"(%2360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2362 = stablehlo.multiply %arg116, %2361 : tensor<64xf32>
    %2363 = stablehlo.multiply %1292, %1292 : tensor<64xf32>
    %2364 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2365 = "stablehlo.broadcast_in_dim"(%2364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2366 = stablehlo.multiply %2363, %2365 : tensor<64xf32>
    %2367 = stablehlo.add %2362, %2366 : tensor<64xf32>
    %2368 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2369 = stablehlo.divide %2359, %2368 : tensor<64xf32>
    %2370 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2371 = stablehlo.divide %2367, %2370 : tensor<64xf32>
    %2372 = stablehlo.sqrt %2371 : tensor<64xf32>
    %2373 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2374 = "stablehlo.broadcast_in_dim"(%2373) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2375 = stablehlo.add %2372, %2374 : tensor<64xf32>
    %2376 = stablehlo.divide %2369, %2375 : tensor<64xf32>
    %2377 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2378 = stablehlo.multiply %2376, %2377 : tensor<64xf32>
    %2379 = stablehlo.subtract %arg36, %2378 : tensor<64xf32>
    %2380 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2381 = "stablehlo.broadcast_in_dim"(%2380) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2382 = stablehlo.multiply %arg77, %2381 : tensor<64xf32>
    %2383 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2384 = "stablehlo.broadcast_in_dim"(%2383) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2385 = stablehlo.multiply %1294, %2384 : tensor<64xf32>
    %2386 = stablehlo.add %2382, %2385 : tensor<64xf32>
    %2387 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2388 = "stablehlo.broadcast_in_dim"(%2387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2389 = stablehlo.multiply %arg117, %2388 : tensor<64xf32>
    %2390 = stablehlo.multiply %1294, %1294 : tensor<64xf32>
    %2391 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2392 = "stablehlo.broadcast_in_dim"(%2391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2393 = stablehlo.multiply %2390, %2392 : tensor<64xf32>
    %2394 = stablehlo.add %2389, %2393 : tensor<64xf32>
    %2395 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2396 = stablehlo.divide %2386, %2395 : tensor<64xf32>
    %2397 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2398 = stablehlo.divide %2394, %2397 : tensor<64xf32>
    %2399 = stablehlo.sqrt %2398 : tensor<64xf32>
    %2400 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2401 = "stablehlo.broadcast_in_dim"(%2400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2402 = stablehlo.add %2399, %2401 : tensor<64xf32>
    %2403 = stablehlo.divide %2396, %2402 : tensor<64xf32>
    %2404 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2405 = stablehlo.multiply %2403, %2404 : tensor<64xf32>
    %2406 = stablehlo.subtract %arg37, %2405 : tensor<64xf32>
    %2407 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2408 = "stablehlo.broadcast_in_dim"(%2407) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2409 = stablehlo.multiply %arg78, %2408 : tensor<5x64xf32>
    %2410 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2411 = "stablehlo.broadcast_in_dim"(%2410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2412 = stablehlo.multiply %1296, %2411 : tensor<5x64xf32>
    %2413 = stablehlo.add %2409, %2412 : tensor<5x64xf32>
    %2414 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2415 = "stablehlo.broadcast_in_dim"(%2414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2416 = stablehlo.multiply %arg118, %2415 : tensor<5x64xf32>
    %2417 = stablehlo.multiply %1296, %1296 : tensor<5x64xf32>
    %2418 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2419 = "stablehlo.broadcast_in_dim"(%2418) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2420 = stablehlo.multiply %2417, %2419 : tensor<5x64xf32>
    %2421 = stablehlo.add %2416, %2420 : tensor<5x64xf32>
    %2422 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2423 = stablehlo.divide %2413, %2422 : tensor<5x64xf32>
    %2424 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2425 = stablehlo.divide %2421, %2424 : tensor<5x64xf32>
    %2426 = stablehlo.sqrt %2425 : tensor<5x64xf32>
    %2427 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2428 = "stablehlo.broadcast_in_dim"(%2427) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2429 = stablehlo.add %2426, %2428 : tensor<5x64xf32>
    %2430 = stablehlo.divide %2423, %2429 : tensor<5x64xf32>
    %2431 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2432 = "stablehlo.broadcast_in_dim"(%2431) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2433 = stablehlo.multiply %arg38, %2432 : tensor<5x64xf32>
    %2434 = stablehlo.add %2430, %2433 : tensor<5x64xf32>
    %2435 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2436 = stablehlo.multiply %2434, %2435 : tensor<5x64xf32>
    %2437 = stablehlo.subtract %arg38, %2436 : tensor<5x64xf32>
    %2438 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2439 = "stablehlo.broadcast_in_dim"(%2438) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2440 = stablehlo.multiply %arg79, %2439 : tensor<5xf32>
    %2441 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2442 = "stablehlo.broadcast_in_dim"(%2441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2443 = stablehlo.multiply %1298, %2442 : tensor<5xf32>
    %2444 = stablehlo.add %2440, %2443 : tensor<5xf32>
    %2445 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2446 = "stablehlo.broadcast_in_dim"(%2445) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2447 = stablehlo.multiply %arg119, %2446 : tensor<5xf32>
    %2448 = stablehlo.multiply %1298, %1298 : tensor<5xf32>
    %2449 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2450 = "stablehlo.broadcast_in_dim"(%2449) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2451 = stablehlo.multiply %2448, %2450 : tensor<5xf32>
    %2452 = stablehlo.add %2447, %2451 : tensor<5xf32>
    %2453 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2454 = stablehlo.divide %2444, %2453 : tensor<5xf32>
    %2455 = "stablehlo.broadcast_in_dim"(%1328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2456 = stablehlo.divide %2452, %2455 : tensor<5xf32>
    %2457 = stablehlo.sqrt %2456 : tensor<5xf32>
    %2458 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2459 = "stablehlo.broadcast_in_dim"(%2458) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2460 = stablehlo.add %2457, %2459 : tensor<5xf32>
    %2461 = stablehlo.divide %2454, %2460 : tensor<5xf32>
    %2462 = "stablehlo.broadcast_in_dim"(%1315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2463 = stablehlo.multiply %2461, %2462 : tensor<5xf32>
    %2464 = stablehlo.subtract %arg39, %2463 : tensor<5xf32>
    %2465 = stablehlo.constant dense<1> : tensor<i32>
    %2466 = stablehlo.add %arg120, %2465 : tensor<i32>
    return %1355, %1382, %1413, %1440, %1467, %1494, %1525, %1552, %1583, %1610, %1641, %1668, %1699, %1726, %1753, %1780, %1811, %1838, %1869, %1896, %1923, %1950, %1981, %2008, %2039, %2066, %2097, %2124, %2155, %2182, %2209, %2236, %2267, %2294, %2325, %2352, %2379, %2406, %2437, %2464, %1335, %1362, %1389, %1420, %1447, %1474, %1501, %1532, %1559, %1590, %1617, %1648, %1675, %1706, %1733, %1760, %1787, %1818, %1845, %1876, %1903, %1930, %1957, %1988, %2015, %2046, %2073, %2104, %2131, %2162, %2189, %2216, %2243, %2274, %2301, %2332, %2359, %2386, %2413, %2444, %1343, %1370, %1397, %1428, %1455, %1482, %1509, %1540, %1567, %1598, %1625, %1656, %1683, %1714, %1741, %1768, %1795, %1826, %1853, %1884, %1911, %1938, %1965, %1996, %2023, %2054, %2081, %2112, %2139, %2170, %2197, %2224, %2251, %2282, %2309, %2340, %2367, %2394, %2421, %2452, %2466, %478, %493, %1315, %1211 : tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
